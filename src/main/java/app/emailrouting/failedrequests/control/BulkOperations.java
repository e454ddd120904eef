package app.emailrouting.failedrequests.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.routing.control.RoutingRequestStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Starts, reads and cancels bulk operations; {@link BulkChunks} does their work. */
@ApplicationScoped
@Transactional
public class BulkOperations {

  static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject RoutingRequestStore requests;
  @Inject Event<BulkOperationStarted> started;
  @Inject AuditLog audit;
  @Inject Callers callers;

  private final Clock clock = Clock.systemUTC();

  /** How many failed requests the filter matches now: a dry run. */
  public long dryRun(BulkFilter filter) {
    return requests.count(filter.toRequestFilter());
  }

  /** Starts an operation on the failed requests the filter matches now. */
  public BulkOperation start(BulkKind kind, BulkFilter filter) {
    return start(kind, filter, false);
  }

  /**
   * Starts an operation on the failed requests the filter matches now; a reroute may first apply
   * each request's remap suggestions.
   */
  public BulkOperation start(BulkKind kind, BulkFilter filter, boolean applySuggestions) {
    return startAs(callers.current(), kind, filter, applySuggestions, null);
  }

  /** Starts an operation for {@code actor} (an admin, or the service itself) and says why. */
  public BulkOperation startAs(
      String actor, BulkKind kind, BulkFilter filter, boolean applySuggestions, String why) {
    var matched = requests.countAndMaxId(filter.toRequestFilter());
    String json = JSONB.toJson(filter);
    var operation =
        new BulkOperation(kind, json, matched.count(), matched.maxId(), actor, clock.instant());
    if (applySuggestions) {
      operation.applyingSuggestions();
    }
    em.persist(operation);
    em.flush();
    started.fire(new BulkOperationStarted(operation.id()));
    audit.recordAs(
        actor,
        AuditAction.BULK_OPERATION_STARTED,
        AuditTarget.bulkOperation(operation.id()),
        "Bulk "
            + kind.name().toLowerCase()
            + " of "
            + matched.count()
            + " failed requests"
            + (operation.appliesSuggestions() ? ", applying their suggestions" : "")
            + (why == null ? "" : " (automatic reroute of " + why + ")"),
        filter);
    return operation;
  }

  public Optional<BulkOperation> find(long id) {
    return Optional.ofNullable(em.find(BulkOperation.class, id));
  }

  /** Cancels a running operation; it stops before its next chunk. */
  public BulkOperation cancel(long id) {
    var operation =
        Optional.ofNullable(em.find(BulkOperation.class, id, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new Refusal.NotFound("bulkOperation.notFound", id));
    if (!operation.isRunning()) {
      throw new Refusal.Conflict("bulkOperation.notRunning", id, operation.state());
    }
    operation.cancel(clock.instant());
    audit.record(
        AuditAction.BULK_OPERATION_CANCELLED,
        AuditTarget.bulkOperation(id),
        "Cancelled after " + operation.done() + " of " + operation.matched(),
        null);
    return operation;
  }
}

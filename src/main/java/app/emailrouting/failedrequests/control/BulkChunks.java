package app.emailrouting.failedrequests.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.routing.control.RoutingRequestEdits;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work of bulk operations, one chunk per transaction: the operation's row is locked while a
 * chunk is done, so a cancel waits for at most one chunk and is seen before the next.
 */
@ApplicationScoped
@Transactional
public class BulkChunks {

  private static final String IDLE =
      "SELECT id FROM bulk_operation WHERE state = 'RUNNING'"
          + " AND (lease_expires_at IS NULL OR lease_expires_at < ?1)"
          + " AND kind IN (?2, ?3)"
          + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";

  /** What to do after a chunk. */
  public enum Step {
    NEXT,
    WAIT,
    STOP
  }

  /** A leased operation, its kind and the token that proves the lease. */
  public record Lease(long operationId, BulkKind kind, String token) {}

  @PersistenceContext EntityManager em;
  @Inject RoutingRequestStore requests;
  @Inject RoutingRequestEdits edits;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "bulk.chunk-size", defaultValue = "1000")
  int chunkSize;

  @Inject
  @ConfigProperty(name = "bulk.lease-seconds", defaultValue = "30")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "genesys.rate-limit.per-minute", defaultValue = "300")
  int perMinute;

  @Inject DatabaseClock clock;

  /**
   * Leases a running operation no one works on (never started here, or its instance is gone), of
   * any kind or, with {@code reroutes} false, a delete only.
   */
  public Optional<Lease> leaseIdle(boolean reroutes) {
    Instant now = clock.now();
    List<?> ids =
        em.createNativeQuery(IDLE)
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, BulkKind.DELETE.name())
            .setParameter(3, (reroutes ? BulkKind.REROUTE : BulkKind.DELETE).name())
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    var operation = em.find(BulkOperation.class, ((Number) ids.get(0)).longValue());
    var lease = new Lease(operation.id(), operation.kind(), UUID.randomUUID().toString());
    operation.lease(lease.token(), leaseEnd(now));
    return Optional.of(lease);
  }

  /** Does the next chunk of a leased operation, or says to wait for room or to stop. */
  public Step next(Lease lease) {
    var operation =
        em.find(BulkOperation.class, lease.operationId(), LockModeType.PESSIMISTIC_WRITE);
    if (operation == null || !operation.isLeasedBy(lease.token())) {
      return Step.STOP;
    }
    Instant now = clock.now();
    operation.lease(lease.token(), leaseEnd(now));
    int room = room(operation.kind());
    if (room <= 0) {
      return Step.WAIT;
    }
    var filter = BulkOperations.JSONB.fromJson(operation.filter(), BulkFilter.class);
    var chunk =
        requests.nextLocked(
            filter.toRequestFilter(), operation.cursorId(), operation.maxId(), room);
    if (chunk.lastId() == operation.cursorId()) {
      finish(operation, now);
      return Step.STOP;
    }
    chunk.requests().forEach(request -> apply(operation, request));
    operation.advance(chunk.lastId(), chunk.requests().size(), now);
    return Step.NEXT;
  }

  /**
   * How many requests the next chunk may take. A reroute never lets more requests wait for routing
   * than Genesys Cloud takes in a minute, so intake keeps its pace during a large reroute.
   */
  private int room(BulkKind kind) {
    if (kind == BulkKind.DELETE) {
      return chunkSize;
    }
    long waiting = requests.countWith(RoutingStatus.PENDING, perMinute);
    return (int) Math.min(chunkSize, perMinute - waiting);
  }

  private void apply(BulkOperation operation, RoutingRequest request) {
    String summary =
        (operation.kind() == BulkKind.REROUTE ? "Rerouted" : "Deleted")
            + " by bulk operation "
            + operation.id();
    if (operation.kind() == BulkKind.REROUTE) {
      if (operation.appliesSuggestions()) {
        edits.applySuggestions(request, operation.requestedBy());
      }
      edits.reroute(request, operation.requestedBy(), summary);
    } else {
      edits.delete(request, operation.requestedBy(), summary);
    }
  }

  private void finish(BulkOperation operation, Instant now) {
    operation.finish(now);
    audit.recordAs(
        Callers.SERVICE,
        AuditAction.BULK_OPERATION_FINISHED,
        AuditTarget.bulkOperation(operation.id()),
        "Bulk "
            + operation.kind().name().toLowerCase()
            + " finished: "
            + operation.done()
            + " "
            + operation.kind().pastTense()
            + ", "
            + operation.skipped()
            + " no longer failed",
        null);
  }

  private Instant leaseEnd(Instant now) {
    return now.plus(Duration.ofSeconds(leaseSeconds));
  }
}

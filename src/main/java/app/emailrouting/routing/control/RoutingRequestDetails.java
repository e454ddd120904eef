package app.emailrouting.routing.control;

import app.emailrouting.audit.control.AuditEventStore;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.options.control.StaleOptions;
import app.emailrouting.routing.entity.AttemptOutcome;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * One routing request as an admin reads it, the same for the API and the console: the request, its
 * attempts, its history (attempts and what admins did, oldest first) and, for a request failed on
 * ids the options no longer have (options or flow), the stale-options hint with its suggestions.
 */
@ApplicationScoped
public class RoutingRequestDetails {

  @Inject RoutingRequestStore store;
  @Inject AuditEventStore audit;
  @Inject StaleOptions staleOptions;

  /** A request with everything read about it at once. */
  public record Details(
      RoutingRequest request,
      List<RoutingAttempt> attempts,
      List<HistoryEntry> history,
      StaleOptions.Hint staleOptions) {

    public RoutingRequestView view() {
      return RoutingRequestView.of(request, attempts, staleOptions, history);
    }

    /**
     * Attempts that went out without a clear answer: each may have created the email in Genesys, so
     * an agent may see it more than once.
     */
    public long unknownOutcomes() {
      return attempts.stream().filter(a -> a.outcome() == AttemptOutcome.UNKNOWN).count();
    }
  }

  public Optional<Details> of(long id) {
    return store
        .find(id)
        .map(
            request -> {
              var attempts = store.attemptsOf(id);
              return new Details(request, attempts, history(id, attempts), staleOptionsOf(request));
            });
  }

  /** The history alone: attempts and what admins did, oldest first. */
  public List<HistoryEntry> historyOf(long id) {
    return history(id, store.attemptsOf(id));
  }

  private List<HistoryEntry> history(long id, List<RoutingAttempt> attempts) {
    return HistoryEntry.timeline(attempts, audit.of(AuditTarget.routingRequest(id)));
  }

  /** A request's routing options as the ids {@link StaleOptions} reads. */
  public static StaleOptions.Ids idsOf(RoutingOptions options) {
    return new StaleOptions.Ids(
        options.queueId(), options.flowId(), options.skillIds(), options.languageId());
  }

  private StaleOptions.Hint staleOptionsOf(RoutingRequest request) {
    return request.failureReason() == FailureReason.INVALID_ROUTING_OPTIONS
            || request.failureReason() == FailureReason.INVALID_FLOW
        ? staleOptions.check(idsOf(request.options()))
        : null;
  }
}

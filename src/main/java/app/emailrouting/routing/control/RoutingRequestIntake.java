package app.emailrouting.routing.control;

import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Accepts routing requests exactly once per external id, and has each new one routed at once. A new
 * request is inserted without a look first (one transaction, most requests are new); the unique
 * constraint on the external id decides between posts of the same request, and the loser reads the
 * winner's row.
 */
@ApplicationScoped
public class RoutingRequestIntake {

  @Inject RoutingRequestStore store;
  @Inject RoutingDispatcher dispatcher;

  /** What intake did with a request: stored it now, or found it stored already. */
  public record Intake(RoutingRequest request, boolean created) {}

  /** Stores a new request and routes it at once; a known external id returns the stored one. */
  public Intake accept(RoutingRequest candidate) {
    Intake intake = insertOnce(candidate);
    if (intake.created() && !intake.request().isFailed()) {
      dispatcher.routeSoon(intake.request().id());
    }
    return intake;
  }

  private Intake insertOnce(RoutingRequest candidate) {
    try {
      return new Intake(store.insert(candidate), true);
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isUniqueViolation(e)) {
        throw e;
      }
      return new Intake(store.findByExternalId(candidate.externalId()).orElseThrow(() -> e), false);
    }
  }
}

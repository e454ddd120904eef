package app.emailrouting.routing.control;

import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.genesys.control.GenesysGateway;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.RetryPolicy;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Makes one routing attempt for a claimed request: the Genesys call outside any transaction, then
 * the result recorded in a transaction of its own, only while the claim's lease still holds. A
 * result that stops all routing pauses the pipeline; the same result for a request whose call was
 * already out when routing paused sends that request back to waiting instead of failing it.
 */
@ApplicationScoped
public class Router {

  static final Duration FIRST_RECORD_RETRY = Duration.ofMillis(500);
  static final Duration LONGEST_RECORD_RETRY = Duration.ofSeconds(5);
  private static final AttemptResult PAUSED =
      new AttemptResult.NotSent(Duration.ZERO, "routing paused");
  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  @Inject GenesysGateway gateway;
  @Inject RoutingPipelineStore pipeline;
  @Inject RoutingMetrics metrics;
  @Inject RetryPolicy retries;
  @Inject DatabaseClock clock;
  @Inject Router self;
  @Inject Event<RoutingRequestSettled> settled;

  @PersistenceContext EntityManager em;

  /** Routes the claimed request and says what came of it (not sent when routing paused). */
  public AttemptResult route(RoutingClaims.Claim claim) {
    if (pipeline.isPaused()) {
      self.release(claim);
      return PAUSED;
    }
    Instant started = clock.now();
    AttemptResult result = gateway.createEmail(claim.request());
    Duration took = Duration.between(started, clock.now());
    metrics.attempted(result, took);
    recordPatiently(claim, result, started, took);
    return result;
  }

  /**
   * Records the result, again and again while the database cannot be reached, until the request
   * would be sent again (its lease, then the delay of an unknown outcome): a result lost here would
   * make its email sent twice. A success that comes back after its lease was taken back is still
   * recorded while the request has not been sent again.
   */
  void recordPatiently(
      RoutingClaims.Claim claim, AttemptResult result, Instant started, Duration took) {
    Duration pause = FIRST_RECORD_RETRY;
    Instant giveUp = claim.leaseUntil().plus(retries.unknownOutcomeDelay());
    int concurrentChanges = 0;
    while (true) {
      try {
        self.record(claim, result, started, took);
        return;
      } catch (RuntimeException failure) {
        if (DatabaseFaults.isConcurrentChange(failure) && ++concurrentChanges <= 3) {
          continue; // the lease was taken back meanwhile: read the request again
        }
        if (!DatabaseFaults.isUnreachable(failure) || clock.now().plus(pause).isAfter(giveUp)) {
          throw failure;
        }
        LOG.warning(
            "Result of routing request "
                + claim.request().id()
                + " not recorded yet, the database cannot be reached; trying again");
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(LONGEST_RECORD_RETRY) > 0
                ? LONGEST_RECORD_RETRY
                : pause.multipliedBy(2);
      }
    }
  }

  @Transactional
  public void record(
      RoutingClaims.Claim claim, AttemptResult result, Instant started, Duration took) {
    var request = em.find(RoutingRequest.class, claim.request().id());
    if (request == null
        || !request.isLeasedBy(claim.leaseToken()) && !isLateSuccess(request, result)) {
      LOG.warning(
          () ->
              "Result of routing request " + claim.request().id() + " dropped: its lease expired");
      return;
    }
    AttemptResult kept = result;
    if (result instanceof AttemptResult.Failed failed
        && failed.stopsRouting()
        && !pipeline.pause(failed.reason(), failed.apiResponse().message())) {
      kept = PAUSED;
    }
    request.record(kept, started, took, retries, clock.now());
    if (request.isFailed() || request.status() == RoutingStatus.ROUTED) {
      settled.fire(new RoutingRequestSettled(request));
    }
  }

  /** A success whose lease was taken back, for a request not sent again since: still recorded. */
  private static boolean isLateSuccess(RoutingRequest request, AttemptResult result) {
    return result instanceof AttemptResult.Routed && request.awaitsLateResult();
  }

  /** Gives a claimed request back untouched: routing paused after it was claimed. */
  @Transactional
  public void release(RoutingClaims.Claim claim) {
    var request = em.find(RoutingRequest.class, claim.request().id());
    if (request != null && request.isLeasedBy(claim.leaseToken())) {
      Instant now = clock.now();
      request.record(PAUSED, now, Duration.ZERO, retries, now);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording a routing result", e);
    }
  }
}

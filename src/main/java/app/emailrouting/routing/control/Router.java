package app.emailrouting.routing.control;

import app.emailrouting.genesys.control.GenesysGateway;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.RetryPolicy;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Makes one routing attempt for a claimed request: the Genesys call outside any transaction, then
 * the result recorded in a transaction of its own, only while the claim's lease still holds. A
 * result that stops all routing pauses the pipeline.
 */
@ApplicationScoped
public class Router {

  private static final Logger LOG = Logger.getLogger(Router.class.getName());

  @Inject GenesysGateway gateway;
  @Inject RoutingPipelineStore pipeline;
  @Inject RoutingMetrics metrics;
  @Inject RetryPolicy retries;
  @Inject Router self;

  @PersistenceContext EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public void route(RoutingClaims.Claim claim) {
    if (pipeline.isPaused()) {
      self.release(claim);
      return;
    }
    Instant started = clock.instant();
    AttemptResult result = gateway.createEmail(claim.request());
    Duration took = Duration.between(started, clock.instant());
    metrics.attempted(result, took);
    self.record(claim, result, started, took);
  }

  @Transactional
  public void record(
      RoutingClaims.Claim claim, AttemptResult result, Instant started, Duration took) {
    var request = em.find(RoutingRequest.class, claim.request().id());
    if (request == null || !request.isLeasedBy(claim.leaseToken())) {
      LOG.warning(
          () ->
              "Result of routing request " + claim.request().id() + " dropped: its lease expired");
      return;
    }
    request.record(result, started, took, retries, clock.instant());
    if (result instanceof AttemptResult.Failed failed && failed.stopsRouting()) {
      pipeline.pause(failed.reason(), failed.apiResponse().message());
    }
  }

  /** Gives a claimed request back untouched: routing paused after it was claimed. */
  @Transactional
  public void release(RoutingClaims.Claim claim) {
    var request = em.find(RoutingRequest.class, claim.request().id());
    if (request != null && request.isLeasedBy(claim.leaseToken())) {
      request.record(
          new AttemptResult.NotSent(Duration.ZERO, "routing paused"),
          clock.instant(),
          Duration.ZERO,
          retries,
          clock.instant());
    }
  }
}

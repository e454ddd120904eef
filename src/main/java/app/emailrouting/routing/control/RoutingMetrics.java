package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Routing metrics, in {@code /metrics}: routed and failed counters (by failure reason), attempts of
 * unknown outcome (by cause) and calls not made, attempt latency, and gauges of pending and failed
 * requests and of a paused pipeline read from the database, and of the seconds since this
 * instance's routing last swept.
 */
@ApplicationScoped
public class RoutingMetrics {

  /** Attempts that may have created an email that is then sent again: the duplicates' risk. */
  static final String OUTCOME_UNKNOWN = "routing_attempts_outcome_unknown";

  @Inject MetricRegistry registry;
  @Inject RoutingRequestStore store;
  @Inject RoutingPipelineStore pipeline;
  @Inject ScheduledRuns runs;
  @Inject RoutingDispatcher dispatcher;

  /** Registers the gauges at start, so that /metrics shows them before the first attempt. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates this bean, whose @PostConstruct registers the gauges
  }

  @PostConstruct
  void gauges() {
    registry.gauge(
        "routing_requests_pending", this, metrics -> metrics.count(RoutingStatus.PENDING));
    registry.gauge("routing_requests_failed", this, metrics -> metrics.count(RoutingStatus.FAILED));
    registry.gauge("routing_pipeline_paused", this, metrics -> metrics.pipeline.isPaused() ? 1 : 0);
    registry.gauge(
        "routing_seconds_since_sweep",
        this,
        metrics -> metrics.runs.sinceLastSuccess(ScheduledRuns.ROUTING_SWEEP).toSeconds());
    registry.gauge(
        "routing_claims_held_seconds",
        this,
        metrics -> metrics.dispatcher.claimsHeldFor().toMillis() / 1000.0);
  }

  private long count(RoutingStatus status) {
    return store.countWith(status);
  }

  void attempted(AttemptResult result, Duration took) {
    registry.timer("routing_attempt_duration").update(took);
    if (result instanceof AttemptResult.Routed) {
      registry.counter("routing_requests_routed").inc();
    } else if (result instanceof AttemptResult.Failed failed) {
      registry.counter("routing_attempts_failed", new Tag("reason", failed.reason().name())).inc();
    } else if (result instanceof AttemptResult.Unknown) {
      registry.counter(OUTCOME_UNKNOWN, new Tag("cause", "no-answer")).inc();
    } else if (result instanceof AttemptResult.NotSent) {
      registry.counter("routing_attempts_not_sent").inc();
    }
  }

  /**
   * Leases taken back after they expired with their call out: attempts whose outcome is unknown,
   * each a risk of a duplicate email.
   */
  void leasesExpired(int count) {
    registry.counter(OUTCOME_UNKNOWN, new Tag("cause", "lease-expired")).inc(count);
  }
}

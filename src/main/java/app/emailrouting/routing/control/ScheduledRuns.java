package app.emailrouting.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs the work of a timer so that no failure can end its schedule: the container drops a timer
 * whose callback fails twice in a row, and with it every backoff retry, lease take-back, bulk
 * operation or probe until a restart. A failure is logged with a correlation id and counted in
 * {@code schedule_failures} (by schedule); the time of each schedule's last successful run tells
 * readiness whether the pipeline still sweeps.
 */
@ApplicationScoped
public class ScheduledRuns {

  private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

  /** The routing sweep's name in logs, metrics and readiness. */
  public static final String ROUTING_SWEEP = "routing-sweep";

  /**
   * Looked up when a failure is counted, never at creation: this bean is first made on a timer or
   * health-check thread, where Payara cannot produce the application's registry yet.
   */
  @Inject Instance<MetricRegistry> registry;

  private final Clock clock = Clock.systemUTC();
  private final Instant started = clock.instant();
  private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

  /** Runs one go of the schedule's work; never throws. */
  public void run(String schedule, Runnable work) {
    try {
      work.run();
      lastSuccess.put(schedule, clock.instant());
    } catch (Exception failure) {
      String correlationId = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          failure,
          () ->
              "Scheduled "
                  + schedule
                  + " failed (correlation id "
                  + correlationId
                  + "); it runs again at its next time");
      count(schedule);
    }
  }

  private void count(String schedule) {
    try {
      registry.get().counter("schedule_failures", new Tag("schedule", schedule)).inc();
    } catch (RuntimeException metricsUnavailable) {
      LOG.log(Level.FINE, "schedule_failures not counted", metricsUnavailable);
    }
  }

  /** How long since the schedule last ran through (since start, if it never did). */
  public Duration sinceLastSuccess(String schedule) {
    return Duration.between(lastSuccess.getOrDefault(schedule, started), clock.instant());
  }
}

package app.emailrouting.routing.boundary;

import app.emailrouting.routing.control.PipelineProbe;
import app.emailrouting.routing.control.ScheduledRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code routing.probe-interval-seconds} (5 min), checks whether a paused pipeline can
 * resume; the first probe runs a few seconds after start, so that a restart with a corrected
 * connection resumes routing at once. Non-persistent: a missed probe is made at the next interval.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class PipelineProbeSchedule {

  private static final long FIRST_PROBE_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject PipelineProbe probe;
  @Inject ScheduledRuns runs;

  @Inject
  @ConfigProperty(name = "routing.probe-interval-seconds", defaultValue = "300")
  long intervalSeconds;

  @PostConstruct
  void start() {
    long millis = intervalSeconds * 1000;
    timers.createIntervalTimer(
        Math.min(FIRST_PROBE_MILLIS, millis), millis, new TimerConfig("probe", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void probe() {
    runs.run("pipeline-probe", probe::probeIfPaused);
  }
}

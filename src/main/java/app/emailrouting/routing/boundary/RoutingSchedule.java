package app.emailrouting.routing.boundary;

import app.emailrouting.routing.control.RoutingDispatcher;
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
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps due routing requests every {@code routing.sweep-interval-ms}. The timer is non-persistent
 * on purpose: it only triggers; which requests are due lives in the database, claimed with row
 * locks, so every instance can sweep and none needs a timer to fail over.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ManagedExecutorDefinition(name = RoutingDispatcher.EXECUTOR, maxAsync = 16)
public class RoutingSchedule {

  @Resource TimerService timers;

  /** The schedule's name in logs, metrics and readiness. */
  public static final String SWEEP = ScheduledRuns.ROUTING_SWEEP;

  @Inject RoutingDispatcher dispatcher;
  @Inject ScheduledRuns runs;

  @Inject
  @ConfigProperty(name = "routing.sweep-interval-ms", defaultValue = "1000")
  long intervalMillis;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    runs.run(SWEEP, dispatcher::sweep);
  }
}

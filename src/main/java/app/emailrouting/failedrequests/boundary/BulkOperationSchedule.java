package app.emailrouting.failedrequests.boundary;

import app.emailrouting.failedrequests.control.BulkWorker;
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
 * Looks for bulk operations to work on every {@code bulk.sweep-interval-ms}. Non-persistent on
 * purpose: the operations and their leases live in the database, so any instance takes over one
 * whose instance stopped, and no timer needs to fail over.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ManagedExecutorDefinition(name = BulkWorker.EXECUTOR, maxAsync = 2)
public class BulkOperationSchedule {

  @Resource TimerService timers;
  @Inject BulkWorker worker;
  @Inject ScheduledRuns runs;

  @Inject
  @ConfigProperty(name = "bulk.sweep-interval-ms", defaultValue = "1000")
  long intervalMillis;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("bulk", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    runs.run("bulk-sweep", worker::sweep);
  }
}

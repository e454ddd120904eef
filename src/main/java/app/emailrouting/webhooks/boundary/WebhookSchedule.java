package app.emailrouting.webhooks.boundary;

import app.emailrouting.routing.control.ScheduledRuns;
import app.emailrouting.webhooks.control.WebhookDispatcher;
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
 * Sends due webhook deliveries every {@code webhooks.sweep-interval-ms}: retries, and what an
 * instance that stopped had claimed. Non-persistent: the outbox and its leases live in the
 * database.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ManagedExecutorDefinition(name = WebhookDispatcher.EXECUTOR, maxAsync = 2)
public class WebhookSchedule {

  @Resource TimerService timers;
  @Inject WebhookDispatcher dispatcher;
  @Inject ScheduledRuns runs;

  @Inject
  @ConfigProperty(name = "webhooks.sweep-interval-ms", defaultValue = "1000")
  long intervalMillis;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("webhooks", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    runs.run("webhook-sweep", dispatcher::sweep);
  }
}

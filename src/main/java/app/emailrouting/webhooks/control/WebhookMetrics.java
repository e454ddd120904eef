package app.emailrouting.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Webhook gauges in {@code /metrics}: deliveries waiting (pending), deliveries given up (failed),
 * and subscriptions disabled, read from the database so that every instance tells the same.
 */
@ApplicationScoped
public class WebhookMetrics {

  @Inject MetricRegistry registry;
  @PersistenceContext EntityManager em;

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates this bean, whose @PostConstruct registers the gauges
  }

  @PostConstruct
  void gauges() {
    registry.gauge("webhook_deliveries_pending", this, m -> m.deliveries("PENDING"));
    registry.gauge("webhook_deliveries_failed", this, m -> m.deliveries("FAILED"));
    registry.gauge("webhook_subscriptions_disabled", this, WebhookMetrics::disabled);
  }

  @Transactional
  long deliveries(String state) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM webhook_delivery WHERE state = ?1")
                .setParameter(1, state)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  long disabled() {
    return em.createQuery(
            "SELECT COUNT(s) FROM WebhookSubscription s WHERE s.enabled = FALSE", Long.class)
        .getSingleResult();
  }
}

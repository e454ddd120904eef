package app.emailrouting.webhooks.control;

import app.emailrouting.connection.control.SecretCipher;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's bookkeeping, each step its own transaction: claiming due deliveries (leased, with
 * {@code FOR UPDATE SKIP LOCKED}, so that instances share the work and a stopped instance's claims
 * come back once their lease expires), then recording what an attempt got. A delivery waits while
 * an older one of its subscription and key is still pending: in order per routing request.
 */
@ApplicationScoped
@Transactional
public class WebhookSender {

  private static final String DUE =
      "SELECT d.id FROM webhook_delivery d WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?1"
          + " AND (d.lease_expires_at IS NULL OR d.lease_expires_at < ?1)"
          + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id ="
          + " d.subscription_id AND e.ordering_key = d.ordering_key AND e.state = 'PENDING'"
          + " AND e.id < d.id)"
          + " ORDER BY d.id LIMIT ?2 FOR UPDATE SKIP LOCKED";

  @PersistenceContext EntityManager em;
  @Inject SecretCipher cipher;
  @Inject DatabaseClock clock;
  @Inject WebhookAudit audit;

  @Inject
  @ConfigProperty(name = "webhooks.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "webhooks.retry-delays-seconds", defaultValue = RetrySchedule.DEFAULT)
  String retryDelays;

  @Inject
  @ConfigProperty(name = "webhooks.disable-after-seconds", defaultValue = "86400")
  long disableAfterSeconds;

  /** A claimed delivery, with what it takes to send it, and the token that proves the claim. */
  public record Claimed(
      long deliveryId, String token, String url, String secret, String messageId, String payload) {}

  /** Claims up to {@code limit} due deliveries of enabled subscriptions. */
  public List<Claimed> claimDue(int limit) {
    Instant now = clock.now();
    List<?> ids =
        em.createNativeQuery(DUE)
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList();
    var claimed = new ArrayList<Claimed>();
    for (Object id : ids) {
      var delivery = em.find(WebhookDelivery.class, ((Number) id).longValue());
      var subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
      if (subscription == null || !subscription.enabled()) {
        delivery.giveUp();
        continue;
      }
      String token = UUID.randomUUID().toString();
      delivery.lease(token, now.plus(Duration.ofSeconds(leaseSeconds)));
      claimed.add(
          new Claimed(
              delivery.id(),
              token,
              subscription.url(),
              cipher.decrypt(subscription.encryptedSecret()),
              delivery.messageId(),
              delivery.payload()));
    }
    return claimed;
  }

  /** Records a 2xx. */
  public void delivered(Claimed claimed, int status, String response) {
    var delivery = em.find(WebhookDelivery.class, claimed.deliveryId());
    if (delivery == null || !delivery.isLeasedBy(claimed.token())) {
      return;
    }
    delivery.delivered(status, response, clock.now());
    var subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
    if (subscription != null) {
      subscription.succeeded();
    }
  }

  /**
   * Records a failed attempt (an answer other than 2xx, or none): tried again later, or given up
   * when the retries are over; an endpoint failing for longer than allowed is disabled, audited.
   */
  public void failed(Claimed claimed, Integer status, String response, String error) {
    var delivery = em.find(WebhookDelivery.class, claimed.deliveryId());
    if (delivery == null || !delivery.isLeasedBy(claimed.token())) {
      return;
    }
    Instant now = clock.now();
    var next = RetrySchedule.of(retryDelays).next(delivery.attempts() + 1, now);
    delivery.failed(status, response, error, now, next.orElse(null));
    var subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
    String why =
        "Disabled by the service: every delivery failed for "
            + Duration.ofSeconds(disableAfterSeconds).toHours()
            + " h (last: "
            + (status == null ? error : "HTTP " + status)
            + ")";
    if (subscription != null
        && subscription.failed(now, Duration.ofSeconds(disableAfterSeconds), why)) {
      audit.disabled(subscription);
    }
  }
}

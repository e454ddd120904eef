package app.emailrouting.webhooks.control;

import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import app.emailrouting.webhooks.entity.WebhookEvent;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox: one delivery per subscription that takes an event, written in the caller's
 * transaction (the one that records the change), so that an event is announced if and only if its
 * change is committed, and nothing is lost across a restart.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class WebhookOutbox {

  @PersistenceContext EntityManager em;
  @Inject DatabaseClock clock;
  @Inject Event<DeliveriesWritten> written;

  /** Deliveries were written: the sender may start at once, once they are committed. */
  public record DeliveriesWritten() {}

  /** Whether an enabled subscription takes the event: what it takes to build it may be skipped. */
  public boolean anyTakes(WebhookEvent event) {
    return !subscribers(event).isEmpty();
  }

  private List<WebhookSubscription> subscribers(WebhookEvent event) {
    return em
        .createQuery(
            "SELECT s FROM WebhookSubscription s WHERE s.enabled = TRUE AND s.events LIKE :event",
            WebhookSubscription.class)
        .setParameter("event", "%" + event.type() + "%")
        .getResultList()
        .stream()
        .filter(s -> s.takes(event))
        .toList();
  }

  /** Writes the event for every enabled subscription that takes it; how many it wrote. */
  public int publish(WebhookEvent event, String orderingKey, JsonObject data, String text) {
    var subscribers = subscribers(event);
    if (subscribers.isEmpty()) {
      return 0;
    }
    Instant now = clock.now();
    String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    String payload =
        Json.createObjectBuilder()
            .add("type", event.type())
            .add("timestamp", now.toString())
            .add("data", data)
            .add("text", text)
            .build()
            .toString();
    for (var subscription : subscribers) {
      em.persist(
          new WebhookDelivery(
              subscription.id(), messageId, event.type(), orderingKey, payload, now));
    }
    written.fire(new DeliveriesWritten());
    return subscribers.size();
  }
}

package app.emailrouting.webhooks.control;

import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import app.emailrouting.webhooks.entity.WebhookEvent;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @Inject
  @ConfigProperty(name = "webhooks.subscriptions-recheck-seconds", defaultValue = "5")
  long recheckSeconds;

  private volatile Taken taken;
  private final AtomicLong generation = new AtomicLong();

  /** Deliveries were written: the sender may start at once, once they are committed. */
  public record DeliveriesWritten() {}

  /**
   * Whether an enabled subscription takes the event, as this instance last read them (at most
   * {@code webhooks.subscriptions-recheck-seconds} ago, at once after a change made here): routing
   * pays nothing for webhooks while none takes its events. A subscription made on another instance
   * takes this one's events within that time.
   */
  public boolean anyTakes(WebhookEvent event) {
    Taken known = taken;
    if (known == null || clock.now().isAfter(known.until())) {
      long readIn = generation.get();
      var events = EnumSet.noneOf(WebhookEvent.class);
      em.createQuery(
              "SELECT s FROM WebhookSubscription s WHERE s.enabled = TRUE",
              WebhookSubscription.class)
          .getResultList()
          .forEach(s -> events.addAll(s.events()));
      known = new Taken(events, clock.now().plusSeconds(recheckSeconds));
      if (generation.get() == readIn) {
        // kept unless a change was committed while it was read
        taken = known;
      }
    }
    return known.events().contains(event);
  }

  /**
   * Subscriptions changed here: read once the change is committed (or not), before the next event.
   */
  public record SubscriptionsChanged() {}

  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) SubscriptionsChanged change) {
    generation.incrementAndGet();
    taken = null;
  }

  /** The events some enabled subscription takes, and until when that is trusted. */
  private record Taken(Set<WebhookEvent> events, Instant until) {}

  private List<WebhookSubscription> subscribers(WebhookEvent event) {
    if (!anyTakes(event)) {
      return List.of();
    }
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

package app.emailrouting.webhooks.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.connection.control.SecretCipher;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import app.emailrouting.webhooks.entity.WebhookEvent;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Webhook subscriptions and their deliveries, for the REST API and the console alike: created with
 * a secret shown once (kept encrypted with the service's SECRET_KEY), changed, enabled again after
 * the service disabled them, deleted with their deliveries; a delivery sent again. Each change is
 * audited.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

  /** The longest URL taken. */
  public static final int URL_LENGTH = 2000;

  @PersistenceContext EntityManager em;
  @Inject SecretCipher cipher;
  @Inject AuditLog audit;
  @Inject Callers callers;
  @Inject DatabaseClock clock;
  @Inject Event<WebhookOutbox.DeliveriesWritten> written;

  /** A new subscription and its secret, which is shown this once. */
  public record Created(WebhookSubscription subscription, String secret) {}

  public List<WebhookSubscription> list() {
    return em.createQuery(
            "SELECT s FROM WebhookSubscription s ORDER BY s.id", WebhookSubscription.class)
        .getResultList();
  }

  public WebhookSubscription find(long id) {
    return Optional.ofNullable(em.find(WebhookSubscription.class, id))
        .orElseThrow(() -> new Refusal.NotFound("webhook.notFound", id));
  }

  public Created create(String url, List<String> events, String description) {
    String secret = WebhookSignature.newSecret();
    var subscription =
        new WebhookSubscription(
            checkedUrl(url),
            checkedEvents(events),
            cipher.encrypt(secret),
            description,
            callers.current(),
            clock.now());
    em.persist(subscription);
    em.flush();
    audit.record(
        AuditAction.WEBHOOK_CREATED,
        AuditTarget.webhook(subscription.id()),
        "Webhook to " + subscription.url(),
        Map.of("url", subscription.url(), "events", events));
    return new Created(subscription, secret);
  }

  /** Changes what is given (null: unchanged); enabling again forgives past failures. */
  public WebhookSubscription change(
      long id, String url, List<String> events, Boolean enabled, String description) {
    var subscription = locked(id);
    subscription.change(
        url == null ? null : checkedUrl(url),
        events == null ? null : checkedEvents(events),
        description);
    if (enabled != null) {
      subscription.enable(enabled);
    }
    audit.record(
        AuditAction.WEBHOOK_CHANGED,
        AuditTarget.webhook(id),
        "Webhook to " + subscription.url() + (subscription.enabled() ? "" : " (disabled)"),
        Map.of("url", subscription.url(), "enabled", subscription.enabled()));
    return subscription;
  }

  public void delete(long id) {
    var subscription = locked(id);
    em.createQuery("DELETE FROM WebhookDelivery d WHERE d.subscriptionId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(subscription);
    audit.record(
        AuditAction.WEBHOOK_DELETED,
        AuditTarget.webhook(id),
        "Webhook to " + subscription.url() + " deleted with its deliveries",
        null);
  }

  /** A subscription's deliveries, newest first. */
  public List<WebhookDelivery> deliveries(long id, int limit) {
    find(id);
    return em.createQuery(
            "SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :id ORDER BY d.id DESC",
            WebhookDelivery.class)
        .setParameter("id", id)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Sends a delivery's message again, as a new delivery with the same webhook-id. */
  public WebhookDelivery resend(long deliveryId) {
    var delivery =
        Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId))
            .orElseThrow(() -> new Refusal.NotFound("webhookDelivery.notFound", deliveryId));
    var again = delivery.again(clock.now());
    em.persist(again);
    em.flush();
    audit.record(
        AuditAction.WEBHOOK_DELIVERY_RESENT,
        AuditTarget.webhook(delivery.subscriptionId()),
        "Delivery " + deliveryId + " (" + delivery.eventType() + ") sent again as " + again.id(),
        null);
    written.fire(new WebhookOutbox.DeliveriesWritten());
    return again;
  }

  private WebhookSubscription locked(long id) {
    return Optional.ofNullable(
            em.find(WebhookSubscription.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new Refusal.NotFound("webhook.notFound", id));
  }

  /** An absolute http or https URL with a host. */
  static String checkedUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new InvalidInputException("url", "is required: the endpoint's https URL");
    }
    if (url.length() > URL_LENGTH) {
      throw new InvalidInputException("url", "size must be between 1 and " + URL_LENGTH);
    }
    try {
      var uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!Set.of("http", "https").contains(scheme) || uri.getHost() == null) {
        throw new InvalidInputException("url", "must be an absolute http or https URL");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url", "is not a URL: " + e.getReason());
    }
  }

  /** One or more known events. */
  static Set<WebhookEvent> checkedEvents(List<String> events) {
    if (events == null || events.isEmpty()) {
      throw new InvalidInputException("events", "names at least one event");
    }
    var checked = EnumSet.noneOf(WebhookEvent.class);
    for (String name : events) {
      checked.add(
          WebhookEvent.of(String.valueOf(name))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "events",
                          "unknown event "
                              + name
                              + "; events are routing-request.routed, routing-request.failed,"
                              + " routing-pipeline.paused, routing-pipeline.resumed,"
                              + " failure-group.grew")));
    }
    return checked;
  }
}

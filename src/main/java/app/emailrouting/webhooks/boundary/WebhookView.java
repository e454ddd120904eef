package app.emailrouting.webhooks.boundary;

import app.emailrouting.webhooks.entity.WebhookEvent;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it; {@code secret} only in the answer that creates it. */
@JsonbPropertyOrder({
  "id",
  "url",
  "events",
  "enabled",
  "description",
  "secret",
  "disabledReason",
  "failingSince",
  "createdBy",
  "createdAt"
})
public record WebhookView(
    long id,
    String url,
    List<String> events,
    boolean enabled,
    String description,
    String secret,
    String disabledReason,
    Instant failingSince,
    String createdBy,
    Instant createdAt) {

  static WebhookView of(WebhookSubscription subscription, String secret) {
    return new WebhookView(
        subscription.id(),
        subscription.url(),
        subscription.events().stream().map(WebhookEvent::type).toList(),
        subscription.enabled(),
        subscription.description(),
        secret,
        subscription.disabledReason(),
        subscription.failingSince(),
        subscription.createdBy(),
        subscription.createdAt());
  }
}

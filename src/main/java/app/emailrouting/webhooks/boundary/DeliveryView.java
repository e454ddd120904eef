package app.emailrouting.webhooks.boundary;

import app.emailrouting.webhooks.entity.DeliveryState;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;

/** A delivery and the endpoint's last answer, as the API shows it. */
@JsonbPropertyOrder({
  "id",
  "subscriptionId",
  "webhookId",
  "type",
  "state",
  "attempts",
  "lastStatus",
  "lastResponse",
  "lastError",
  "createdAt",
  "lastAttemptAt",
  "nextAttemptAt",
  "deliveredAt",
  "payload"
})
public record DeliveryView(
    long id,
    long subscriptionId,
    String webhookId,
    String type,
    DeliveryState state,
    int attempts,
    Integer lastStatus,
    String lastResponse,
    String lastError,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    Instant deliveredAt,
    JsonValue payload) {

  static DeliveryView of(WebhookDelivery delivery) {
    try (var reader = Json.createReader(new StringReader(delivery.payload()))) {
      return new DeliveryView(
          delivery.id(),
          delivery.subscriptionId(),
          delivery.messageId(),
          delivery.eventType(),
          delivery.state(),
          delivery.attempts(),
          delivery.lastStatus(),
          delivery.lastResponse(),
          delivery.lastError(),
          delivery.createdAt(),
          delivery.lastAttemptAt(),
          delivery.nextAttemptAt(),
          delivery.deliveredAt(),
          reader.readValue());
    }
  }
}

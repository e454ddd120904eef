package app.emailrouting.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One event for one subscription: the outbox row, written in the transaction of the change it
 * announces, then sent (at least once) until the endpoint answers 2xx or the retries run out. Its
 * message id is the {@code webhook-id} header: the same on every attempt, so receivers can
 * deduplicate.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  /** The most of an endpoint's answer kept. */
  public static final int RESPONSE_KEPT = 2000;

  @Id
  @SequenceGenerator(
      name = "webhook_delivery_seq",
      sequenceName = "webhook_delivery_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
  private Long id;

  @Column(name = "subscription_id")
  private long subscriptionId;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "event_type")
  private String eventType;

  @Column(name = "ordering_key")
  private String orderingKey;

  private String payload;

  @Enumerated(EnumType.STRING)
  private DeliveryState state;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_response")
  private String lastResponse;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_expires_at")
  private Instant leaseExpiresAt;

  @Version private long version;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      long subscriptionId,
      String messageId,
      String eventType,
      String orderingKey,
      String payload,
      Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    this.subscriptionId = subscriptionId;
    this.messageId = messageId;
    this.eventType = eventType;
    this.orderingKey = orderingKey;
    this.payload = payload;
    this.state = DeliveryState.PENDING;
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  /** The same message again, as a new delivery: a manual "send again". */
  public WebhookDelivery again(Instant now) {
    return new WebhookDelivery(subscriptionId, messageId, eventType, orderingKey, payload, now);
  }

  public void lease(String token, Instant until) {
    leaseOwner = token;
    leaseExpiresAt = until.truncatedTo(ChronoUnit.MICROS);
  }

  public boolean isLeasedBy(String token) {
    return state == DeliveryState.PENDING && token.equals(leaseOwner);
  }

  /** An attempt got a 2xx. */
  public void delivered(int status, String response, Instant now) {
    attempted(status, response, null, now);
    state = DeliveryState.DELIVERED;
    deliveredAt = lastAttemptAt;
    nextAttemptAt = null;
  }

  /** An attempt failed; tried again at {@code next}, or never when it is null. */
  public void failed(Integer status, String response, String error, Instant now, Instant next) {
    attempted(status, response, error, now);
    if (next == null) {
      giveUp();
    } else {
      nextAttemptAt = next.truncatedTo(ChronoUnit.MICROS);
    }
  }

  /** Not sent again by itself (its subscription was disabled, or the retries ran out). */
  public void giveUp() {
    state = DeliveryState.FAILED;
    nextAttemptAt = null;
    leaseOwner = null;
    leaseExpiresAt = null;
  }

  private void attempted(Integer status, String response, String error, Instant now) {
    attempts++;
    lastAttemptAt = now.truncatedTo(ChronoUnit.MICROS);
    lastStatus = status;
    lastResponse = cut(response);
    lastError = cut(error);
    leaseOwner = null;
    leaseExpiresAt = null;
  }

  private static String cut(String text) {
    return text == null || text.length() <= RESPONSE_KEPT ? text : text.substring(0, RESPONSE_KEPT);
  }

  public Long id() {
    return id;
  }

  public long subscriptionId() {
    return subscriptionId;
  }

  public String messageId() {
    return messageId;
  }

  public String eventType() {
    return eventType;
  }

  public String orderingKey() {
    return orderingKey;
  }

  public String payload() {
    return payload;
  }

  public DeliveryState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastResponse() {
    return lastResponse;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}

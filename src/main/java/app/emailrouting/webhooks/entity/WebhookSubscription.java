package app.emailrouting.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An endpoint that takes some events, signed with its secret (stored encrypted). An endpoint that
 * has failed for longer than allowed is disabled, and says why.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

  @Id
  @SequenceGenerator(
      name = "webhook_subscription_seq",
      sequenceName = "webhook_subscription_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
  private Long id;

  private String url;

  private String events;

  @Column(name = "encrypted_secret")
  private String encryptedSecret;

  private String description;

  private boolean enabled;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "failing_since")
  private Instant failingSince;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected WebhookSubscription() {}

  public WebhookSubscription(
      String url,
      Set<WebhookEvent> events,
      String encryptedSecret,
      String description,
      String createdBy,
      Instant now) {
    this.url = url;
    this.events = join(events);
    this.encryptedSecret = encryptedSecret;
    this.description = description;
    this.enabled = true;
    this.createdBy = createdBy;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  private static String join(Set<WebhookEvent> events) {
    return events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(","));
  }

  public boolean takes(WebhookEvent event) {
    return enabled && events().contains(event);
  }

  public void change(String url, Set<WebhookEvent> events, String description) {
    if (url != null) {
      this.url = url;
    }
    if (events != null) {
      this.events = join(events);
    }
    if (description != null) {
      this.description = description.isBlank() ? null : description;
    }
  }

  /** Enabled again by an admin: its failures so far are forgiven. */
  public void enable(boolean on) {
    enabled = on;
    if (on) {
      disabledReason = null;
      failingSince = null;
    }
  }

  /** A delivery got a 2xx. */
  public void succeeded() {
    failingSince = null;
  }

  /**
   * A delivery failed; disables the endpoint when it has failed for {@code allowed} or longer.
   *
   * @return whether this failure disabled it
   */
  public boolean failed(Instant now, Duration allowed, String why) {
    if (failingSince == null) {
      failingSince = now.truncatedTo(ChronoUnit.MICROS);
    }
    if (enabled && !failingSince.plus(allowed).isAfter(now)) {
      enabled = false;
      disabledReason = why;
      return true;
    }
    return false;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public Set<WebhookEvent> events() {
    var set = EnumSet.noneOf(WebhookEvent.class);
    Arrays.stream(events.split(","))
        .map(WebhookEvent::of)
        .forEach(event -> event.ifPresent(set::add));
    return set;
  }

  public String encryptedSecret() {
    return encryptedSecret;
  }

  public String description() {
    return description;
  }

  public boolean enabled() {
    return enabled;
  }

  public String disabledReason() {
    return disabledReason;
  }

  public Instant failingSince() {
    return failingSince;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}

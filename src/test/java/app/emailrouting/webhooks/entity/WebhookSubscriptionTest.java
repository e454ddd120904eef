package app.emailrouting.webhooks.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static WebhookSubscription subscription() {
    return new WebhookSubscription(
        "https://crm.example.com/h",
        EnumSet.of(WebhookEvent.ROUTING_REQUEST_ROUTED, WebhookEvent.FAILURE_GROUP_GREW),
        "encrypted",
        null,
        "admin",
        NOW);
  }

  @Test
  void takes_its_events_only_while_enabled() {
    var subscription = subscription();
    assertThat(subscription.takes(WebhookEvent.ROUTING_REQUEST_ROUTED)).isTrue();
    assertThat(subscription.takes(WebhookEvent.ROUTING_REQUEST_FAILED)).isFalse();
    subscription.enable(false);
    assertThat(subscription.takes(WebhookEvent.ROUTING_REQUEST_ROUTED)).isFalse();
  }

  @Test
  void is_disabled_after_a_day_of_failures_and_a_success_forgives_them() {
    var subscription = subscription();
    assertThat(subscription.failed(NOW, DAY, "why")).isFalse();
    assertThat(subscription.failed(NOW.plus(Duration.ofHours(23)), DAY, "why")).isFalse();
    subscription.succeeded();
    assertThat(subscription.failed(NOW.plus(Duration.ofHours(25)), DAY, "why"))
        .as("failing again since 25 h only")
        .isFalse();
    assertThat(subscription.failed(NOW.plus(Duration.ofHours(49)), DAY, "why")).isTrue();
    assertThat(subscription.enabled()).isFalse();
    assertThat(subscription.disabledReason()).isEqualTo("why");
    assertThat(subscription.failed(NOW.plus(Duration.ofHours(50)), DAY, "why"))
        .as("disabled once")
        .isFalse();

    subscription.enable(true);
    assertThat(subscription.failingSince()).isNull();
    assertThat(subscription.disabledReason()).isNull();
  }
}

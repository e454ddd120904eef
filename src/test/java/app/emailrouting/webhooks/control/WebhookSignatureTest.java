package app.emailrouting.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signs_the_standard_webhooks_specification_s_example() {
    // the example of the Standard Webhooks specification (spec/standard-webhooks.md)
    assertThat(
            WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void a_new_secret_is_24_random_bytes_after_whsec() {
    String one = WebhookSignature.newSecret();
    assertThat(one).startsWith("whsec_").hasSize("whsec_".length() + 32);
    assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
  }

  @Test
  void retries_follow_the_schedule_then_stop() {
    var schedule = RetrySchedule.of(RetrySchedule.DEFAULT);
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(schedule.next(1, now)).contains(now.plusSeconds(5));
    assertThat(schedule.next(2, now)).contains(now.plus(Duration.ofMinutes(5)));
    assertThat(schedule.next(7, now)).contains(now.plus(Duration.ofHours(10)));
    assertThat(schedule.next(8, now)).isEmpty();
    Duration total = schedule.delays().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(total)
        .as("a day and a few hours")
        .isBetween(Duration.ofHours(24), Duration.ofHours(30));
    assertThat(RetrySchedule.of("0.3, 1").next(1, now)).contains(now.plusMillis(300));
  }
}

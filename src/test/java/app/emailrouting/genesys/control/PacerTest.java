package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PacerTest {

  private final Clock fixed = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void calls_are_spaced_evenly_under_the_rate_limit() {
    Pacer pacer = Pacer.of(fixed, 300);

    assertThat(pacer.reserve()).isEqualTo(Duration.ZERO);
    assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(200));
    assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void after_a_429_every_call_waits_for_retry_after() {
    Pacer pacer = Pacer.of(fixed, 300);
    pacer.holdFor(Duration.ofSeconds(5));

    assertThat(pacer.reserve()).isEqualTo(Duration.ofSeconds(5));
    assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(5200));
  }

  @Test
  void a_shorter_retry_after_does_not_shorten_a_hold() {
    Pacer pacer = Pacer.of(fixed, 60_000);
    pacer.holdFor(Duration.ofSeconds(10));
    pacer.holdFor(Duration.ofSeconds(2));

    assertThat(pacer.reserve()).isEqualTo(Duration.ofSeconds(10));
  }
}

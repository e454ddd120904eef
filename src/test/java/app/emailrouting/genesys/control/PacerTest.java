package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PacerTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Clock fixed = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void calls_are_spaced_evenly_under_the_rate_limit() {
    Pacer pacer = Pacer.of(fixed, 300, MINUTE);

    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ZERO);
    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ofMillis(200));
    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void at_a_share_of_the_limit_300_calls_span_more_than_a_minute() {
    Pacer pacer = Pacer.of(fixed, 300, 0.98, Duration.ofMinutes(2));

    Duration last = Duration.ZERO;
    for (int call = 0; call < 301; call++) {
      last = pacer.reserve(Duration.ofMinutes(2));
    }

    assertThat(last).as("the 301st call's slot").isGreaterThan(Duration.ofMillis(61_000));
  }

  @Test
  void after_a_429_every_call_waits_for_retry_after() {
    Pacer pacer = Pacer.of(fixed, 300, MINUTE);
    pacer.holdFor(Duration.ofSeconds(5));

    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ofSeconds(5));
    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ofMillis(5200));
  }

  @Test
  void a_shorter_retry_after_does_not_shorten_a_hold() {
    Pacer pacer = Pacer.of(fixed, 60_000, MINUTE);
    pacer.holdFor(Duration.ofSeconds(10));
    pacer.holdFor(Duration.ofSeconds(2));

    assertThat(pacer.reserve(MINUTE)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void a_slot_further_than_the_longest_wait_is_not_taken_and_the_call_not_made() {
    Pacer pacer = Pacer.of(fixed, 300, Duration.ofSeconds(5));
    pacer.holdFor(Duration.ofSeconds(45));

    assertThatThrownBy(pacer::acquire)
        .isInstanceOfSatisfying(
            CallNotMadeException.class,
            notMade -> assertThat(notMade.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
    assertThat(pacer.reserve(MINUTE))
        .as("the refused caller took no slot")
        .isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void an_interrupted_wait_never_lets_the_call_go() {
    Pacer pacer = Pacer.of(Clock.systemUTC(), 300, MINUTE);
    pacer.holdFor(Duration.ofSeconds(30));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(pacer::acquire).isInstanceOf(CallNotMadeException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("interrupt kept").isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}

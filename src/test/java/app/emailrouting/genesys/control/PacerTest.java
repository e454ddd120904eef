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
  void a_retry_after_longer_than_the_wait_holds_until_it_is_within_the_wait() {
    var clock = new MutableClock(fixed.instant());
    Pacer pacer = Pacer.of(clock, 300, Duration.ofSeconds(1));
    assertThat(pacer.holdsPastWait()).isFalse();

    pacer.holdFor(Duration.ofSeconds(5));

    assertThat(pacer.holdsPastWait()).isTrue();
    clock.advance(Duration.ofMillis(3900));
    assertThat(pacer.holdsPastWait()).as("1.1 s left").isTrue();
    clock.advance(Duration.ofMillis(200));
    assertThat(pacer.holdsPastWait()).as("0.9 s left: a caller waits for it").isFalse();
    assertThat(pacer.heldFor()).isEqualTo(Duration.ofMillis(900));
    clock.advance(Duration.ofSeconds(1));
    assertThat(pacer.heldFor()).isZero();
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
  void routing_has_the_whole_share_until_another_call_then_leaves_it_headroom_for_a_minute() {
    var clock = new MutableClock(fixed.instant());
    Pacer pacer = Pacer.of(clock, 300, 1, 0.9, MINUTE);

    assertThat(pacer.reserveForRouting(MINUTE)).isEqualTo(Duration.ZERO);
    assertThat(pacer.reserveForRouting(MINUTE))
        .as("alone: 300 a minute")
        .isEqualTo(Duration.ofMillis(200));
    clock.advance(Duration.ofMillis(400));
    assertThat(pacer.reserve(MINUTE)).as("a listing page takes the next slot").isZero();
    clock.advance(Duration.ofMillis(200));
    assertThat(pacer.reserveForRouting(MINUTE)).isZero();
    assertThat(pacer.reserveForRouting(MINUTE))
        .as("with another call in the last minute: 270 a minute")
        .isEqualTo(Duration.ofNanos(222_222_222));
    assertThat(pacer.reserve(MINUTE))
        .as("the other call takes the gap routing leaves")
        .isEqualTo(Duration.ofNanos(422_222_222));
    assertThat(pacer.reserveForRouting(MINUTE))
        .as("then routing, never closer than the whole share allows")
        .isEqualTo(Duration.ofNanos(622_222_222));

    clock.advance(Duration.ofSeconds(61));
    pacer.reserveForRouting(MINUTE);
    assertThat(pacer.reserveForRouting(MINUTE))
        .as("a minute without other calls: the whole share again")
        .isEqualTo(Duration.ofMillis(200));
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
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

package app.emailrouting.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {

  private final TestClock clock = new TestClock();

  @Test
  void an_address_gets_its_minute_of_failures_then_waits_for_the_next_token() {
    var limiter = new LoginLimiter(3, 100, 100, clock);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("user-" + i, "203.0.113.1")).isEmpty();
    }

    var refused = limiter.take("user-9", "203.0.113.1");

    assertThat(refused).contains(clock.instant().plusSeconds(20));
    assertThat(limiter.take("user-9", "203.0.113.2")).as("another address").isEmpty();
    clock.advance(Duration.ofSeconds(20));
    assertThat(limiter.take("user-9", "203.0.113.1")).isEmpty();
  }

  @Test
  void a_user_name_is_limited_across_addresses() {
    var limiter = new LoginLimiter(100, 2, 100, clock);
    limiter.take("admin", "203.0.113.1");
    limiter.take("admin", "203.0.113.2");

    assertThat(limiter.take("admin", "203.0.113.3")).isPresent();
    assertThat(limiter.take("viewer", "203.0.113.3")).isEmpty();
  }

  @Test
  void logins_that_pass_give_their_tokens_back() {
    var limiter = new LoginLimiter(2, 2, 100, clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.take("admin", "203.0.113.1")).isEmpty();
      limiter.passed("admin", "203.0.113.1");
    }
  }

  @Test
  void the_instance_bucket_bounds_checks_per_second_whatever_the_addresses() {
    var limiter = new LoginLimiter(100, 100, 5, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.take("u" + i, "198.51.100." + i)).isEmpty();
    }

    assertThat(limiter.take("u9", "198.51.100.9")).contains(clock.instant().plusMillis(200));
  }

  @Test
  void buckets_stay_bounded_whatever_keys_arrive() {
    var buckets = new TokenBuckets(5, Duration.ofMinutes(1), 100);
    for (int i = 0; i < 10_000; i++) {
      buckets.take("key-" + i, clock.instant());
    }

    assertThat(buckets.size()).isLessThanOrEqualTo(100);
  }
}

package app.emailrouting.webhooks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after each failed attempt, the next delay of the list (by
 * default the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, so that retries
 * last a day and a few hours); none once the list is used up.
 */
public record RetrySchedule(List<Duration> delays) {

  public static final String DEFAULT = "5,300,1800,7200,18000,36000,36000";

  /** The delays in seconds, comma-separated; fractions allowed ({@code 0.5}). */
  public static RetrySchedule of(String secondsList) {
    return new RetrySchedule(
        Arrays.stream(secondsList.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> Duration.ofMillis((long) (Double.parseDouble(s) * 1000)))
            .toList());
  }

  /** When to try again after {@code attempts} failed attempts; empty when retries are over. */
  public Optional<Instant> next(int attempts, Instant now) {
    return attempts >= 1 && attempts <= delays.size()
        ? Optional.of(now.plus(delays.get(attempts - 1)))
        : Optional.empty();
  }
}

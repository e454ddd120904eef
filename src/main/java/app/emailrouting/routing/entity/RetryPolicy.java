package app.emailrouting.routing.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and when a transient failure is tried again: exponential backoff with jitter (so that
 * requests failed together do not come back together), never before Genesys' Retry-After, and at
 * most {@code maxAttempts} attempts in all. An attempt whose outcome is unknown is sent again only
 * after {@code unknownOutcomeDelay}, long enough for the email to show in Genesys if it was made.
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialDelay,
    double multiplier,
    Duration maxDelay,
    double jitter,
    Duration unknownOutcomeDelay) {

  /** When to try again after the given number of failed attempts. */
  public Instant nextAttempt(int failedAttempts, Instant now, Duration retryAfter) {
    double exponential =
        initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    double capped = Math.min(exponential, maxDelay.toMillis());
    double spread = capped * jitter * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    Duration backoff = Duration.ofMillis(Math.max(0, Math.round(capped + spread)));
    Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    return now.plus(wait);
  }

  public boolean allowsAnotherAttempt(int failedAttempts) {
    return failedAttempts < maxAttempts;
  }
}

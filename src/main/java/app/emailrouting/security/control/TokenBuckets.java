package app.emailrouting.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets by key: each holds up to {@code capacity} tokens and refills at {@code capacity}
 * per {@code window}. At most {@code maxKeys} buckets are kept: full ones are the same as absent
 * ones and go first; past that every bucket is dropped, so memory stays bounded whatever keys
 * arrive (the instance-wide bucket of {@link LoginLimiter} still bounds the work). Not thread-safe:
 * its owner synchronizes.
 */
final class TokenBuckets {

  private final double capacity;
  private final double perNano;
  private final int maxKeys;
  private final Map<String, Bucket> buckets = new HashMap<>();

  private static final class Bucket {
    double tokens;
    Instant at;

    Bucket(double tokens, Instant at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  TokenBuckets(int capacity, Duration window, int maxKeys) {
    this.capacity = Math.max(1, capacity);
    this.perNano = this.capacity / window.toNanos();
    this.maxKeys = maxKeys;
  }

  /** Empty when {@code key} has a token now; else when it will have one. */
  Optional<Instant> refusal(String key, Instant now) {
    double tokens = tokens(key, now);
    if (tokens >= 1) {
      return Optional.empty();
    }
    return Optional.of(now.plusNanos((long) Math.ceil((1 - tokens) / perNano)));
  }

  void take(String key, Instant now) {
    set(key, tokens(key, now) - 1, now);
  }

  void giveBack(String key, Instant now) {
    set(key, Math.min(capacity, tokens(key, now) + 1), now);
  }

  int size() {
    return buckets.size();
  }

  private double tokens(String key, Instant now) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return capacity;
    }
    double refilled = Duration.between(bucket.at, now).toNanos() * perNano;
    return Math.min(capacity, bucket.tokens + Math.max(0, refilled));
  }

  private void set(String key, double tokens, Instant now) {
    if (tokens >= capacity) {
      buckets.remove(key);
      return;
    }
    if (!buckets.containsKey(key) && buckets.size() >= maxKeys) {
      makeRoom(now);
    }
    buckets.put(key, new Bucket(tokens, now));
  }

  private void makeRoom(Instant now) {
    buckets.entrySet().removeIf(entry -> tokens(entry.getKey(), now) >= capacity);
    if (buckets.size() >= maxKeys) {
      buckets.clear();
    }
  }
}

package app.emailrouting.genesys.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps calls to the Platform API under {@code genesys.rate-limit.per-minute} (300 by default,
 * Genesys' limit per token) by spacing them evenly, and after a 429 holds every call until its
 * Retry-After has passed. Each caller reserves the next free slot, then waits for it.
 */
@ApplicationScoped
public class Pacer {

  @Inject
  @ConfigProperty(name = "genesys.rate-limit.per-minute", defaultValue = "300")
  int callsPerMinute;

  private Clock clock = Clock.systemUTC();
  private Duration interval;
  private Instant nextFree = Instant.EPOCH;
  private Instant heldUntil = Instant.EPOCH;

  @PostConstruct
  void init() {
    interval = Duration.ofMinutes(1).dividedBy(Math.max(1, callsPerMinute));
  }

  /** Waits until this caller may call Genesys. */
  public void acquire() {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleep(wait);
    }
  }

  /** Holds every call until {@code retryAfter} from now has passed (a 429). */
  public synchronized void holdFor(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
  }

  /** The time this caller must wait for the slot it reserves now. */
  synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant slot = latest(now, nextFree, heldUntil);
    nextFree = slot.plus(interval);
    return Duration.between(now, slot);
  }

  private static Instant latest(Instant a, Instant b, Instant c) {
    Instant later = a.isAfter(b) ? a : b;
    return later.isAfter(c) ? later : c;
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** For tests: a pacer on a given clock and rate. */
  static Pacer of(Clock clock, int callsPerMinute) {
    var pacer = new Pacer();
    pacer.clock = clock;
    pacer.callsPerMinute = callsPerMinute;
    pacer.init();
    return pacer;
  }
}

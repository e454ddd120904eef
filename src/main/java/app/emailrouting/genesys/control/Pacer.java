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
 * Genesys' limit per token) by spacing them evenly at {@code genesys.rate-limit.share} of it
 * (0.98): Genesys counts calls in any 60 s as they arrive, and calls sent exactly at the limit
 * arrive a little early or late, so that some 60 s would hold one too many. Routing (create email)
 * leaves headroom for the token's other calls (listings, probes, connection tests): while any was
 * made in the last minute, create email calls are spaced at {@code
 * genesys.rate-limit.routing-share} of the limit (0.9), and the other calls take the gaps; with no
 * other call, routing has the whole share. After a 429 it holds every call until its Retry-After
 * has passed. Each caller reserves the next free slot, then waits for it, outside any timed call: a
 * caller whose slot is more than {@code genesys.pacing.max-wait-ms} away (a long Retry-After) takes
 * no slot and gives up before sending, and an interrupted wait never sends.
 */
@ApplicationScoped
public class Pacer {

  @Inject
  @ConfigProperty(name = "genesys.rate-limit.per-minute", defaultValue = "300")
  int callsPerMinute;

  @Inject
  @ConfigProperty(name = "genesys.rate-limit.share", defaultValue = "0.98")
  double share;

  @Inject
  @ConfigProperty(name = "genesys.rate-limit.routing-share", defaultValue = "0.9")
  double routingShare;

  @Inject
  @ConfigProperty(name = "genesys.pacing.max-wait-ms", defaultValue = "5000")
  long maxWaitMillis;

  /** How long another call keeps routing at its share: Genesys' counting window. */
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private Clock clock = Clock.systemUTC();
  private Duration interval;
  private Instant nextFree = Instant.EPOCH;
  private Instant heldUntil = Instant.EPOCH;
  private Duration routingInterval;
  private Instant nextRoutingFree = Instant.EPOCH;
  private Instant lastOther = Instant.EPOCH;

  @PostConstruct
  void init() {
    interval = spacing(share);
    routingInterval = spacing(Math.min(routingShare, share));
  }

  private Duration spacing(double shareOfLimit) {
    double valid = shareOfLimit > 0 && shareOfLimit <= 1 ? shareOfLimit : 1;
    return Duration.ofNanos((long) (60e9 / Math.max(1, callsPerMinute * valid)));
  }

  /**
   * Waits until this caller may call Genesys.
   *
   * @throws CallNotMadeException when the slot is further away than the longest wait allowed, or
   *     the wait is interrupted: the caller must not send
   */
  public void acquire() {
    waitFor(reserve(Duration.ofMillis(maxWaitMillis)));
  }

  /**
   * Waits until this caller may create an email: as {@link #acquire}, at the routing share of the
   * limit while other calls were made in the last minute.
   */
  public void acquireForRouting() {
    waitFor(reserveForRouting(Duration.ofMillis(maxWaitMillis)));
  }

  private static void waitFor(Duration wait) {
    if (!wait.isZero()) {
      sleep(wait);
    }
  }

  /** Whether a Retry-After holds every call for longer than a caller would wait for its slot. */
  public boolean holdsPastWait() {
    return heldFor().toMillis() > maxWaitMillis;
  }

  /** How long a Retry-After still holds every call; zero when none does. */
  public synchronized Duration heldFor() {
    Duration left = Duration.between(clock.instant(), heldUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Holds every call until {@code retryAfter} from now has passed (a 429). */
  public synchronized void holdFor(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
  }

  /**
   * The time this caller must wait for the slot it reserves now; no slot is taken when it is
   * further away than {@code maxWait}.
   */
  synchronized Duration reserve(Duration maxWait) {
    return reserve(maxWait, false);
  }

  /** As {@link #reserve(Duration)}, for a create email call. */
  synchronized Duration reserveForRouting(Duration maxWait) {
    return reserve(maxWait, true);
  }

  private Duration reserve(Duration maxWait, boolean routing) {
    Instant now = clock.instant();
    Instant slot = latest(now, nextFree, heldUntil);
    if (routing && lastOther.plus(WINDOW).isAfter(now) && nextRoutingFree.isAfter(slot)) {
      slot = nextRoutingFree;
    }
    Duration wait = Duration.between(now, slot);
    if (wait.compareTo(maxWait) > 0) {
      throw new CallNotMadeException(
          "Genesys Cloud asked to wait "
              + wait.toSeconds()
              + " s (rate limit): the call was not made",
          wait);
    }
    nextFree = slot.plus(interval);
    if (routing) {
      nextRoutingFree = slot.plus(routingInterval);
    } else {
      lastOther = slot;
    }
    return wait;
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
      throw new CallNotMadeException("The wait for a pacing slot was interrupted", wait);
    }
  }

  /** For tests: a pacer on a given clock and rate, spacing calls at the whole rate. */
  static Pacer of(Clock clock, int callsPerMinute, Duration maxWait) {
    return of(clock, callsPerMinute, 1, maxWait);
  }

  /** For tests: a pacer on a given clock and rate, spacing calls at a share of it. */
  static Pacer of(Clock clock, int callsPerMinute, double share, Duration maxWait) {
    return of(clock, callsPerMinute, share, 0.9, maxWait);
  }

  /** For tests: a pacer with a routing share too. */
  static Pacer of(
      Clock clock, int callsPerMinute, double share, double routingShare, Duration maxWait) {
    var pacer = new Pacer();
    pacer.clock = clock;
    pacer.callsPerMinute = callsPerMinute;
    pacer.share = share;
    pacer.routingShare = routingShare;
    pacer.maxWaitMillis = maxWait.toMillis();
    pacer.init();
    return pacer;
  }
}

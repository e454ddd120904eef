package app.emailrouting.routing.control;

import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.genesys.control.Pacer;
import app.emailrouting.routing.entity.AttemptResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands due routing requests to the routing executor: right after intake, and on every sweep. It
 * never claims more than it can route within a lease ({@code routing.max-in-flight} at once), so a
 * claimed request does not wait in a queue while its lease runs out.
 *
 * <p>While this instance may not call Genesys Cloud (a Retry-After holds every call, the circuit
 * breaker is open, too many calls are out), it claims nothing, instead of claiming each new request
 * only to give it back "not sent": intake keeps the database to itself during a 429 storm.
 */
@ApplicationScoped
public class RoutingDispatcher {

  public static final String EXECUTOR = "java:app/concurrent/routing";
  private static final Logger LOG = Logger.getLogger(RoutingDispatcher.class.getName());

  @Inject RoutingClaims claims;
  @Inject RoutingPipelineStore pipeline;
  @Inject Router router;
  @Inject GenesysConnections connections;
  @Inject DatabaseClock clock;
  @Inject Pacer pacer;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "routing.max-in-flight", defaultValue = "16")
  int maxInFlight;

  @Inject
  @ConfigProperty(name = "routing.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private volatile boolean moreDue;
  private volatile Instant claimsHeldUntil = Instant.EPOCH;

  /** A rerouted request is routed at once, once the reroute is committed. */
  void rerouted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingRequestRerouted event) {
    afterCommit(() -> routeSoon(event.id()));
  }

  /** The requests that waited for a paused pipeline are claimed at once. */
  void resumed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingResumed event) {
    afterCommit(this::sweep);
  }

  /**
   * Runs a follow-up on the routing executor: the committing thread's transaction is over but still
   * bound to it, so the claim's own transaction must start elsewhere. A full executor leaves the
   * work to the next sweep.
   */
  private void afterCommit(Runnable followUp) {
    try {
      executor.execute(followUp);
    } catch (RejectedExecutionException full) {
      LOG.fine("Routing executor full; the next sweep routes the request");
    }
  }

  /** Routes a request just accepted, at once, if routing runs and there is room. */
  public void routeSoon(long id) {
    if (inFlight.get() >= maxInFlight || claimsHeld() || pipeline.isPaused()) {
      return;
    }
    Instant now = clock.now();
    submit(claims.claimOne(id, now, leaseEnd(now)));
  }

  /**
   * Takes back expired leases (a crashed instance's), then claims due requests, as many as there is
   * room for, and routes them. An instance that cannot decrypt the stored secret claims nothing:
   * the other instances route. One sweep at a time: the timer's and those of finished attempts
   * never claim past the room.
   */
  public void sweep() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      if (pipeline.isPaused() || connections.unusableBecause().isPresent()) {
        return;
      }
      // expired leases are taken back even with no room, or while claims are held
      int room = claimsHeld() ? 0 : Math.max(0, maxInFlight - inFlight.get());
      Instant now = clock.now();
      var claimed = claims.claimDue(room, now, leaseEnd(now));
      if (room > 0) {
        moreDue = claimed.size() == room;
        submit(claimed);
      }
    } finally {
      sweeping.set(false);
    }
  }

  /**
   * A backlog drains at the pace attempts finish, not one batch per timer tick: once half the room
   * is free and the last sweep found more due than it had room for, the attempt that frees it
   * sweeps again.
   */
  private void sweepIfBacklog(int left) {
    if (!moreDue || left > maxInFlight / 2) {
      return;
    }
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Sweep after an attempt failed; the timer's next sweep claims", e);
    }
  }

  /** Whether a Retry-After or a "not sent" attempt said Genesys may not be called yet. */
  private boolean claimsHeld() {
    return Instant.now().isBefore(claimsHeldUntil) || pacer.holdsPastWait();
  }

  /** How long this instance still claims nothing; zero when it claims. */
  public Duration claimsHeldFor() {
    if (!claimsHeld()) {
      return Duration.ZERO;
    }
    Duration own = Duration.between(Instant.now(), claimsHeldUntil);
    Duration pacing = pacer.heldFor();
    return own.compareTo(pacing) > 0 ? own : pacing;
  }

  /** After an attempt not sent for a while (pacing, circuit, bulkhead), claims wait as long. */
  private void holdClaimsAfter(AttemptResult result) {
    if (result instanceof AttemptResult.NotSent notSent && !notSent.retryAfter().isZero()) {
      Instant until = Instant.now().plus(notSent.retryAfter());
      if (until.isAfter(claimsHeldUntil)) {
        claimsHeldUntil = until;
      }
    }
  }

  private Instant leaseEnd(Instant now) {
    return now.plus(Duration.ofSeconds(leaseSeconds));
  }

  private void submit(List<RoutingClaims.Claim> claimed) {
    for (RoutingClaims.Claim claim : claimed) {
      inFlight.incrementAndGet();
      try {
        executor.execute(() -> routeThenFree(claim));
      } catch (RejectedExecutionException e) {
        inFlight.decrementAndGet();
        LOG.warning("Routing executor full; the request is routed when its lease expires");
      }
    }
  }

  private void routeThenFree(RoutingClaims.Claim claim) {
    try {
      holdClaimsAfter(router.route(claim));
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE,
          "Routing request " + claim.request().id() + " not routed; retried when its lease expires",
          e);
    } finally {
      sweepIfBacklog(inFlight.decrementAndGet());
    }
  }
}

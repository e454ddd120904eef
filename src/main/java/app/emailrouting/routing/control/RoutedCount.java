package app.emailrouting.routing.control;

import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.routing.entity.RoutedTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;

/**
 * How many requests are routed, without counting them all on every read. A routed request has
 * exactly one routed attempt, and neither ever changes or goes (only failed requests are deleted):
 * the tally counts routed attempts started before a moment at least {@link #SETTLED} ago (their
 * results are committed by then), and those started since are counted live from the attempts'
 * (outcome, started_at) index. The tally moves forward once it is {@link #SETTLED} plus {@link
 * #STEP} behind, so a live count covers at most that long.
 */
@ApplicationScoped
public class RoutedCount {

  /**
   * Longer than any result takes from the start of its attempt to its commit (at most the lease
   * plus the delay of an unknown outcome, a few minutes).
   */
  static final Duration SETTLED = Duration.ofMinutes(15);

  static final Duration STEP = Duration.ofMinutes(10);

  private static final String ROUTED_ATTEMPTS =
      "SELECT COUNT(a) FROM RoutingAttempt a"
          + " WHERE a.outcome = app.emailrouting.routing.entity.AttemptOutcome.ROUTED";

  @PersistenceContext EntityManager em;
  @Inject DatabaseClock clock;
  @Inject RoutedCount self;

  /** The number of requests routed. */
  @Transactional
  public long routed() {
    var tally = settled();
    return tally.routed() + routedSince(tally.countedBefore());
  }

  /**
   * The tally, moved forward first when it is far enough behind: the routed requests it counts, and
   * the moment from which the others are to be counted live.
   */
  @Transactional
  public RoutedTally settled() {
    var tally = em.find(RoutedTally.class, RoutedTally.ID);
    if (tally.countedBefore().isBefore(clock.now().minus(SETTLED).minus(STEP))) {
      self.advance();
      em.refresh(tally);
    }
    return tally;
  }

  /**
   * Moves the tally forward to {@link #SETTLED} ago, under its row lock, in a transaction of its
   * own: one instance moves it, the others then find it moved.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void advance() {
    var tally = em.find(RoutedTally.class, RoutedTally.ID, LockModeType.PESSIMISTIC_WRITE);
    Instant before = clock.now().minus(SETTLED);
    if (tally.countedBefore().isBefore(before)) {
      tally.advance(before, routedBetween(tally.countedBefore(), before));
    }
  }

  private long routedSince(Instant from) {
    return em.createQuery(ROUTED_ATTEMPTS + " AND a.startedAt >= :from", Long.class)
        .setParameter("from", from)
        .getSingleResult();
  }

  private long routedBetween(Instant from, Instant until) {
    return em.createQuery(
            ROUTED_ATTEMPTS + " AND a.startedAt >= :from AND a.startedAt < :until", Long.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .getSingleResult();
  }
}

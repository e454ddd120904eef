package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ActivityCounts;
import app.emailrouting.routing.entity.RoutingActivityHour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Counts routing activity per UTC hour: from the requests and attempts (index range scans grouped
 * by hour) for hours not counted yet, and from the kept counts of closed hours.
 */
@ApplicationScoped
@Transactional
public class RoutingActivityStore {

  private static final String HOUR_OF = "FLOOR(EXTRACT(EPOCH FROM %s) / 3600)";
  private static final String RECEIVED =
      "SELECT "
          + HOUR_OF.formatted("created_at")
          + ", COUNT(*) FROM routing_request"
          + " WHERE created_at >= ?1 AND created_at < ?2 GROUP BY "
          + HOUR_OF.formatted("created_at");
  private static final String ATTEMPTS =
      "SELECT "
          + HOUR_OF.formatted("started_at")
          + ", COUNT(*) FROM routing_attempt"
          + " WHERE outcome = ?3 AND started_at >= ?1 AND started_at < ?2 GROUP BY "
          + HOUR_OF.formatted("started_at");

  @PersistenceContext EntityManager em;

  /** The kept counts of the hours in [from, to). */
  public Map<Instant, ActivityCounts> kept(Instant from, Instant to) {
    var kept = new HashMap<Instant, ActivityCounts>();
    em.createQuery(
            "SELECT h FROM RoutingActivityHour h WHERE h.hourStart >= :from AND h.hourStart < :to",
            RoutingActivityHour.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(hour -> kept.put(hour.hourStart(), hour.counts()));
    return kept;
  }

  /**
   * Counts the hours in [from, to) from the requests and attempts; hours without any are absent.
   */
  public Map<Instant, ActivityCounts> count(Instant from, Instant to) {
    var counts = new HashMap<Instant, ActivityCounts>();
    add(counts, rows(RECEIVED, from, to, null), n -> new ActivityCounts(n, 0, 0));
    add(counts, rows(ATTEMPTS, from, to, "ROUTED"), n -> new ActivityCounts(0, n, 0));
    add(counts, rows(ATTEMPTS, from, to, "FAILED"), n -> new ActivityCounts(0, 0, n));
    return counts;
  }

  /**
   * Keeps the counts of closed hours, in a transaction of its own: if another instance kept them
   * first, this one fails on the key and the caller goes on with what it counted.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void keep(Map<Instant, ActivityCounts> closedHours) {
    closedHours.forEach((hour, counts) -> em.persist(new RoutingActivityHour(hour, counts)));
    em.flush();
  }

  private List<?> rows(String sql, Instant from, Instant to, String outcome) {
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, from.atOffset(ZoneOffset.UTC))
            .setParameter(2, to.atOffset(ZoneOffset.UTC));
    if (outcome != null) {
      query.setParameter(3, outcome);
    }
    return query.getResultList();
  }

  private static void add(
      Map<Instant, ActivityCounts> counts, List<?> rows, LongFunction<ActivityCounts> asCounts) {
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      Instant hour = Instant.ofEpochSecond(((Number) columns[0]).longValue() * 3600);
      long n = ((Number) columns[1]).longValue();
      counts.merge(hour, asCounts.apply(n), ActivityCounts::plus);
    }
  }
}

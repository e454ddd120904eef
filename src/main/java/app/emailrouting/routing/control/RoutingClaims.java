package app.emailrouting.routing.control;

import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.routing.entity.RetryPolicy;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Claims due routing requests for one routing attempt each. The rows are picked with {@code FOR
 * UPDATE SKIP LOCKED}, so that two sweepers (threads or instances on one database) never take the
 * same request, and leased: a request whose attempt never comes back (a crashed instance) is taken
 * back once its lease has expired, with an attempt of unknown outcome, and sent again after the
 * retry policy's delay for unknown outcomes. Times are the database's ({@link DatabaseClock}).
 */
@ApplicationScoped
@Transactional
public class RoutingClaims {

  private static final String EXPIRED_LEASES =
      "SELECT id FROM routing_request WHERE status = 'ROUTING' AND lease_expires_at < ?1"
          + " ORDER BY lease_expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED";
  private static final String DUE =
      "SELECT id FROM routing_request WHERE status = 'PENDING' AND next_attempt_at <= ?1"
          + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED";
  private static final String ONE_DUE =
      "SELECT id FROM routing_request WHERE id = ?2 AND status = 'PENDING'"
          + " AND next_attempt_at <= ?1 FOR UPDATE SKIP LOCKED";

  private static final Logger LOG = Logger.getLogger(RoutingClaims.class.getName());
  static final int TAKE_BACK_AT_ONCE = 100;

  @PersistenceContext EntityManager em;
  @Inject RetryPolicy retries;
  @Inject RoutingMetrics metrics;
  @Inject Event<RoutingRequestSettled> settled;

  /**
   * A claimed request, the lease token that proves the claim when its result is recorded, and when
   * the lease ends (on the database's clock).
   */
  public record Claim(RoutingRequest request, String leaseToken, Instant leaseUntil) {}

  /**
   * Takes back expired leases, up to {@value #TAKE_BACK_AT_ONCE} whatever {@code limit} is (their
   * requests wait for the delay of an unknown outcome: taking them back needs no routing room),
   * then claims up to {@code limit} due requests, none for a limit of 0.
   */
  public List<Claim> claimDue(int limit, Instant now, Instant leaseUntil) {
    takeBackExpired(now);
    return limit <= 0 ? List.of() : claim(ids(DUE, now, limit), now, leaseUntil);
  }

  private void takeBackExpired(Instant now) {
    List<Long> expired = ids(EXPIRED_LEASES, now, TAKE_BACK_AT_ONCE);
    if (expired.isEmpty()) {
      return;
    }
    byIds(expired)
        .forEach(
            request -> {
              request.leaseExpired(retries, now);
              if (request.isFailed()) {
                settled.fire(new RoutingRequestSettled(request));
              }
            });
    metrics.leasesExpired(expired.size());
    LOG.warning(
        () ->
            "Took back "
                + expired.size()
                + " routing requests whose lease expired with the attempt out: "
                + expired);
  }

  /** Claims one request if it is due and no one else holds it. */
  public List<Claim> claimOne(long id, Instant now, Instant leaseUntil) {
    return claim(ids(ONE_DUE, now, id), now, leaseUntil);
  }

  private List<Long> ids(String sql, Instant now, long second) {
    List<?> rows =
        em.createNativeQuery(sql)
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, second)
            .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }

  private List<Claim> claim(List<Long> ids, Instant now, Instant leaseUntil) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String leaseToken = UUID.randomUUID().toString();
    List<RoutingRequest> requests = byIds(ids);
    requests.forEach(request -> request.claim(leaseToken, leaseUntil, now));
    return requests.stream().map(request -> new Claim(request, leaseToken, leaseUntil)).toList();
  }

  private List<RoutingRequest> byIds(List<Long> ids) {
    return em.createNamedQuery(RoutingRequest.BY_IDS, RoutingRequest.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}

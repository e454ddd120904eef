package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims due routing requests for one routing attempt each. The rows are picked with {@code FOR
 * UPDATE SKIP LOCKED}, so that two sweepers (threads or instances on one database) never take the
 * same request, and leased: a request whose attempt never comes back (a crashed instance) is due
 * again once its lease has expired.
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

  @PersistenceContext EntityManager em;

  /** A claimed request and the lease token that proves the claim when its result is recorded. */
  public record Claim(RoutingRequest request, String leaseToken) {}

  /** Claims up to {@code limit} due requests, expired leases first. */
  public List<Claim> claimDue(int limit, Instant now, Instant leaseUntil) {
    List<Long> ids = new ArrayList<>(ids(EXPIRED_LEASES, now, limit));
    if (ids.size() < limit) {
      ids.addAll(ids(DUE, now, limit - ids.size()));
    }
    return claim(ids, now, leaseUntil);
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
    List<RoutingRequest> requests =
        em.createNamedQuery(RoutingRequest.BY_IDS, RoutingRequest.class)
            .setParameter("ids", ids)
            .getResultList();
    requests.forEach(request -> request.claim(leaseToken, leaseUntil, now));
    return requests.stream().map(request -> new Claim(request, leaseToken)).toList();
  }
}

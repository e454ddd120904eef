package app.emailrouting.failedrequests.control;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Groups the failed routing requests by failure reason and Genesys code, largest first. */
@ApplicationScoped
@Transactional
public class FailureGroups {

  private static final String GROUPS =
      "SELECT r.failureReason, r.apiResponse.code, COUNT(r), MIN(r.updatedAt), MAX(r.updatedAt),"
          + " MAX(r.id) FROM RoutingRequest r WHERE r.status = :failed"
          + " GROUP BY r.failureReason, r.apiResponse.code";

  @PersistenceContext EntityManager em;

  public List<FailureGroup> current() {
    List<Object[]> rows =
        em.createQuery(GROUPS, Object[].class)
            .setParameter("failed", RoutingStatus.FAILED)
            .getResultList();
    return rows.stream()
        .map(FailureGroups::group)
        .sorted((one, other) -> Long.compare(other.count(), one.count()))
        .toList();
  }

  private static FailureGroup group(Object[] row) {
    return new FailureGroup(
        (FailureReason) row[0],
        (String) row[1],
        ((Number) row[2]).longValue(),
        (Instant) row[3],
        (Instant) row[4],
        ((Number) row[5]).longValue());
  }
}

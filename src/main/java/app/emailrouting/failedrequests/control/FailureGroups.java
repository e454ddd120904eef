package app.emailrouting.failedrequests.control;

import app.emailrouting.database.control.SqlTimes;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Groups the failed routing requests by failure reason and Genesys code, largest first. */
@ApplicationScoped
@Transactional
public class FailureGroups {

  // native: aggregates of times come back as the driver's own types (Timestamp on PostgreSQL)
  private static final String GROUPS =
      "SELECT failure_reason, api_code, COUNT(*), MIN(updated_at), MAX(updated_at), MAX(id)"
          + " FROM routing_request WHERE status = 'FAILED' GROUP BY failure_reason, api_code";

  @PersistenceContext EntityManager em;

  public List<FailureGroup> current() {
    List<?> rows = em.createNativeQuery(GROUPS).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(FailureGroups::group)
        .sorted((one, other) -> Long.compare(other.count(), one.count()))
        .toList();
  }

  private static FailureGroup group(Object[] row) {
    return new FailureGroup(
        FailureReason.valueOf((String) row[0]),
        (String) row[1],
        ((Number) row[2]).longValue(),
        SqlTimes.instant(row[3]),
        SqlTimes.instant(row[4]),
        ((Number) row[5]).longValue());
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Routing requests and their attempts in the database. */
@ApplicationScoped
@Transactional
public class RoutingRequestStore {

  private static final String SEARCHED_COLUMNS =
      "(LOWER(r.externalId) LIKE :text ESCAPE '!' OR LOWER(r.subject) LIKE :text ESCAPE '!'"
          + " OR LOWER(r.fromAddress) LIKE :text ESCAPE '!'"
          + " OR LOWER(r.fromName) LIKE :text ESCAPE '!'"
          + " OR LOWER(r.apiResponse.code) LIKE :text ESCAPE '!'"
          + " OR LOWER(r.apiResponse.message) LIKE :text ESCAPE '!'"
          + " OR LOWER(r.apiResponse.body) LIKE :text ESCAPE '!')";

  @PersistenceContext EntityManager em;

  public Optional<RoutingRequest> find(long id) {
    return Optional.ofNullable(em.find(RoutingRequest.class, id));
  }

  public Optional<RoutingRequest> findByExternalId(String externalId) {
    return em.createNamedQuery(RoutingRequest.BY_EXTERNAL_ID, RoutingRequest.class)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Inserts a new request in a transaction of its own, flushed before it returns, so that a
   * duplicate external id fails here and not in the caller's commit.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public RoutingRequest insert(RoutingRequest request) {
    em.persist(request);
    em.flush();
    return request;
  }

  public List<RoutingAttempt> attemptsOf(long requestId) {
    return em.createNamedQuery(RoutingAttempt.OF_REQUEST, RoutingAttempt.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  /** A page of requests, newest first. */
  public Page<RoutingRequest> list(RoutingRequestQuery query) {
    var conditions = new ArrayList<String>();
    var parameters = new HashMap<String, Object>();
    query
        .status()
        .ifPresent(status -> where(conditions, parameters, "r.status = :status", "status", status));
    query
        .failureReason()
        .ifPresent(
            reason -> where(conditions, parameters, "r.failureReason = :reason", "reason", reason));
    query
        .text()
        .ifPresent(
            text -> where(conditions, parameters, SEARCHED_COLUMNS, "text", likePattern(text)));
    query
        .after()
        .ifPresent(
            cursor -> {
              conditions.add(
                  "(r.createdAt < :afterAt OR (r.createdAt = :afterAt AND r.id < :afterId))");
              parameters.put("afterAt", cursor.createdAt());
              parameters.put("afterId", cursor.id());
            });
    String jpql =
        "SELECT r FROM RoutingRequest r"
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY r.createdAt DESC, r.id DESC";
    TypedQuery<RoutingRequest> typed = em.createQuery(jpql, RoutingRequest.class);
    parameters.forEach(typed::setParameter);
    List<RoutingRequest> rows = typed.setMaxResults(query.limit() + 1).getResultList();
    return page(rows, query.limit());
  }

  private static void where(
      List<String> conditions,
      Map<String, Object> parameters,
      String condition,
      String name,
      Object value) {
    conditions.add(condition);
    parameters.put(name, value);
  }

  private static Page<RoutingRequest> page(List<RoutingRequest> rows, int limit) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<RoutingRequest> items = rows.subList(0, limit);
    RoutingRequest last = items.get(limit - 1);
    return new Page<>(List.copyOf(items), Optional.of(new ListCursor(last.createdAt(), last.id())));
  }

  static String likePattern(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  public RoutingSummary summary() {
    Map<RoutingStatus, Long> byStatus = new EnumMap<>(RoutingStatus.class);
    Map<FailureReason, Long> failedByReason = new EnumMap<>(FailureReason.class);
    for (RoutingStatus status : RoutingStatus.values()) {
      byStatus.put(status, 0L);
    }
    for (FailureReason reason : FailureReason.values()) {
      failedByReason.put(reason, 0L);
    }
    List<Object[]> rows =
        em.createNamedQuery(RoutingRequest.COUNT_BY_STATUS_AND_REASON, Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      var status = (RoutingStatus) row[0];
      long count = ((Number) row[2]).longValue();
      byStatus.merge(status, count, Long::sum);
      if (status == RoutingStatus.FAILED && row[1] != null) {
        failedByReason.merge((FailureReason) row[1], count, Long::sum);
      }
    }
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    return new RoutingSummary(total, byStatus, failedByReason);
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.database.control.Page;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routing requests and their attempts in the database. */
@ApplicationScoped
@Transactional
public class RoutingRequestStore {

  @PersistenceContext EntityManager em;
  @Inject Event<RoutingRequestSettled> settled;
  @Inject RoutedCount routedCount;

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
    if (request.isFailed()) {
      settled.fire(new RoutingRequestSettled(request));
    }
    return request;
  }

  public List<RoutingAttempt> attemptsOf(long requestId) {
    return em.createNamedQuery(RoutingAttempt.OF_REQUEST, RoutingAttempt.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  /** A page of requests, newest first. */
  public Page<RoutingRequest> list(RoutingRequestQuery query) {
    var conditions = query.filter().conditions();
    query
        .after()
        .ifPresent(
            cursor ->
                conditions.add(
                    Page.after("r.createdAt", "r.id"),
                    "afterAt",
                    cursor.at(),
                    "afterId",
                    cursor.id()));
    String jpql =
        "SELECT r FROM RoutingRequest r"
            + conditions.where()
            + " ORDER BY r.createdAt DESC, r.id DESC";
    List<RoutingRequest> rows =
        conditions
            .bind(em.createQuery(jpql, RoutingRequest.class))
            .setMaxResults(query.limit() + 1)
            .getResultList();
    return Page.of(rows, query.limit(), last -> new ListCursor(last.createdAt(), last.id()));
  }

  /** How many requests a filter matches. */
  public long count(RoutingRequestFilter filter) {
    var conditions = filter.conditions();
    return conditions
        .bind(
            em.createQuery(
                "SELECT COUNT(r) FROM RoutingRequest r" + conditions.where(), Long.class))
        .getSingleResult();
  }

  /** How many requests a filter matches, and the highest id among them (0 for none). */
  public Matched countAndMaxId(RoutingRequestFilter filter) {
    var conditions = filter.conditions();
    Object[] row =
        conditions
            .bind(
                em.createQuery(
                    "SELECT COUNT(r), MAX(r.id) FROM RoutingRequest r" + conditions.where(),
                    Object[].class))
            .getSingleResult();
    return new Matched(
        ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
  }

  /** A filter's count and highest id. */
  public record Matched(long count, long maxId) {}

  /**
   * The next {@code limit} requests a filter matches in id order, after {@code afterId} and up to
   * {@code maxId}, locked until the caller's transaction ends; those that no longer match once
   * locked (changed meanwhile) are left out, but still count as seen.
   */
  public Chunk nextLocked(RoutingRequestFilter filter, long afterId, long maxId, int limit) {
    var range =
        filter
            .conditions()
            .add("r.id > :afterId", "afterId", afterId)
            .add("r.id <= :maxId", "maxId", maxId);
    List<Long> ids =
        range
            .bind(
                em.createQuery(
                    "SELECT r.id FROM RoutingRequest r" + range.where() + " ORDER BY r.id",
                    Long.class))
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return new Chunk(List.of(), afterId);
    }
    // locked without LIMIT: H2 refuses LIMIT after FOR UPDATE, as EclipseLink writes them
    var chunk = filter.conditions().add("r.id IN :chunk", "chunk", ids);
    List<RoutingRequest> locked =
        chunk
            .bind(
                em.createQuery(
                    "SELECT r FROM RoutingRequest r" + chunk.where() + " ORDER BY r.id",
                    RoutingRequest.class))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return new Chunk(locked, ids.get(ids.size() - 1));
  }

  /**
   * The next {@code limit} requests a filter matches in id order after {@code afterId}, unlocked.
   */
  public List<RoutingRequest> next(RoutingRequestFilter filter, long afterId, int limit) {
    var range = filter.conditions().add("r.id > :afterId", "afterId", afterId);
    return range
        .bind(
            em.createQuery(
                "SELECT r FROM RoutingRequest r" + range.where() + " ORDER BY r.id",
                RoutingRequest.class))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The requests of a chunk that still match, and the last id seen (where the next starts). */
  public record Chunk(List<RoutingRequest> requests, long lastId) {}

  /**
   * How many requests have a status, counted up to {@code atMost}: no more rows are read than the
   * caller needs to know about.
   */
  public long countWith(RoutingStatus status, long atMost) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM routing_request WHERE status = ?1"
                        + " LIMIT ?2) w")
                .setParameter(1, status.name())
                .setParameter(2, atMost)
                .getSingleResult())
        .longValue();
  }

  /** How many requests have a status. */
  public long countWith(RoutingStatus status) {
    return em.createQuery(
            "SELECT COUNT(r) FROM RoutingRequest r WHERE r.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  /**
   * The requests not routed by status and reason (from an index), and the routed attempts since the
   * tally's moment, in one statement: one snapshot, so that a request routed meanwhile is not
   * counted both as routing and as routed.
   */
  private static final String SUMMARY =
      "SELECT status, failure_reason, COUNT(*) FROM routing_request"
          + " WHERE status IN ('PENDING', 'ROUTING', 'FAILED') GROUP BY status, failure_reason"
          + " UNION ALL SELECT 'ROUTED', CAST(NULL AS VARCHAR(64)), COUNT(*) FROM routing_attempt"
          + " WHERE outcome = 'ROUTED' AND started_at >= ?1";

  /**
   * Counts by status and reason: those not routed (few, and read from an index), and the routed
   * ones from their tally plus those since, so that no read counts millions of rows.
   */
  public RoutingSummary summary() {
    Map<RoutingStatus, Long> byStatus = new EnumMap<>(RoutingStatus.class);
    Map<FailureReason, Long> failedByReason = new EnumMap<>(FailureReason.class);
    for (RoutingStatus status : RoutingStatus.values()) {
      byStatus.put(status, 0L);
    }
    for (FailureReason reason : FailureReason.values()) {
      failedByReason.put(reason, 0L);
    }
    var tally = routedCount.settled();
    byStatus.put(RoutingStatus.ROUTED, tally.routed());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SUMMARY)
            .setParameter(1, tally.countedBefore().atOffset(ZoneOffset.UTC))
            .getResultList();
    for (Object[] row : rows) {
      var status = RoutingStatus.valueOf((String) row[0]);
      long count = ((Number) row[2]).longValue();
      byStatus.merge(status, count, Long::sum);
      if (status == RoutingStatus.FAILED && row[1] != null) {
        failedByReason.merge(FailureReason.valueOf((String) row[1]), count, Long::sum);
      }
    }
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    return new RoutingSummary(total, byStatus, failedByReason);
  }
}

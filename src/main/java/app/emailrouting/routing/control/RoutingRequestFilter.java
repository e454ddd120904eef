package app.emailrouting.routing.control;

import app.emailrouting.database.control.JpqlConditions;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which routing requests a list, an export, a failure group or a bulk operation is about. Every
 * part is optional; the parts combine. {@code text} is searched in the external id, subject, from
 * address and name, and the last API response; {@code receivedBefore} compares the time the request
 * was received.
 */
public record RoutingRequestFilter(
    Optional<RoutingStatus> status,
    Optional<FailureReason> failureReason,
    Optional<String> code,
    Optional<String> text,
    List<Long> ids,
    Optional<Instant> receivedBefore) {

  public static final int MAX_IDS = 10_000;

  public RoutingRequestFilter {
    ids = List.copyOf(ids);
  }

  /** Every request. */
  public static RoutingRequestFilter all() {
    return new RoutingRequestFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** This filter narrowed to FAILED requests, the only ones a bulk operation acts on. */
  public RoutingRequestFilter failedOnly() {
    return new RoutingRequestFilter(
        Optional.of(RoutingStatus.FAILED), failureReason, code, text, ids, receivedBefore);
  }

  /** The conditions on {@code r}, a RoutingRequest. */
  public JpqlConditions conditions() {
    var conditions = new JpqlConditions();
    status.ifPresent(value -> conditions.add("r.status = :status", "status", value));
    // only a failed request has a reason: said, so that one index serves both
    failureReason.ifPresent(
        value ->
            conditions.add(
                "r.status = app.emailrouting.routing.entity.RoutingStatus.FAILED"
                    + " AND r.failureReason = :reason",
                "reason",
                value));
    code.ifPresent(value -> conditions.add("r.apiResponse.code = :code", "code", value));
    text.ifPresent(
        value ->
            conditions.add(
                "r.searchText LIKE :text ESCAPE '!'", "text", JpqlConditions.containing(value)));
    if (!ids.isEmpty()) {
      conditions.add("r.id IN :ids", "ids", ids);
    }
    receivedBefore.ifPresent(value -> conditions.add("r.createdAt < :before", "before", value));
    return conditions;
  }
}

package app.emailrouting.failedrequests.control;

import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which failed requests a bulk operation acts on: a failure reason, a Genesys code, text, ids,
 * received before a time; every part optional, the parts combined. Kept with the operation.
 */
public record BulkFilter(
    FailureReason failureReason, String code, String q, List<Long> ids, Instant before) {

  public BulkFilter {
    ids = ids == null ? List.of() : List.copyOf(ids);
  }

  /** The failed requests this filter matches. */
  public RoutingRequestFilter toRequestFilter() {
    return new RoutingRequestFilter(
        Optional.of(RoutingStatus.FAILED),
        Optional.ofNullable(failureReason),
        Optional.ofNullable(code),
        Optional.ofNullable(q),
        ids,
        Optional.ofNullable(before));
  }
}

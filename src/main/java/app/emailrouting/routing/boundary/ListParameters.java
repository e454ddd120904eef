package app.emailrouting.routing.boundary;

import static app.emailrouting.problems.boundary.QueryParameters.given;
import static app.emailrouting.problems.boundary.QueryParameters.oneOf;

import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import java.util.List;
import java.util.Optional;

/** The list's query parameters, parsed so that a bad value is a 400 that names it. */
public record ListParameters(
    String status, String failureReason, String q, String limit, String cursor) {

  RoutingRequestQuery toQuery() {
    return new RoutingRequestQuery(
        toFilter(),
        QueryParameters.cursor(cursor),
        QueryParameters.limit(
            limit, RoutingRequestQuery.DEFAULT_LIMIT, RoutingRequestQuery.MAX_LIMIT));
  }

  /** The filters alone, as the export takes them. */
  RoutingRequestFilter toFilter() {
    return new RoutingRequestFilter(
        oneOf(RoutingStatus.class, "status", status),
        oneOf(FailureReason.class, "failureReason", failureReason),
        Optional.empty(),
        given(q),
        List.of(),
        Optional.empty());
  }

  static long requestId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new jakarta.ws.rs.NotFoundException("No routing request " + id + ".");
    }
  }
}

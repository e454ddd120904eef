package app.emailrouting.failedrequests.boundary;

import app.emailrouting.failedrequests.control.BulkFilter;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.RoutingRequestFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of a route check: {@code {"filter": {...as bulk...}}} or {@code {"ids": [...]}}; both
 * combine. Public fields: see {@code RoutingRequestInput}.
 */
public class RouteCheckInput {

  @Valid public BulkOperationInput.Filter filter;

  @Size(max = RoutingRequestFilter.MAX_IDS)
  public List<@NotNull Long> ids;

  BulkFilter toFilter() {
    if (filter == null && ids == null) {
      throw new InvalidInputException(
          "filter", "filter or ids is required; {} checks every failed request");
    }
    var chosen = filter == null ? new BulkOperationInput.Filter() : filter;
    if (ids != null) {
      chosen.ids = ids;
    }
    return chosen.toFilter();
  }
}

package app.emailrouting.failedrequests.boundary;

import app.emailrouting.failedrequests.control.BulkFilter;
import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of a bulk reroute or delete: {@code {"filter": {...}, "dryRun": true}}. An empty filter
 * matches every failed request. Public fields: see {@code RoutingRequestInput}.
 */
public class BulkOperationInput {

  @NotNull(message = "is required; {} matches every failed request")
  @Valid
  public Filter filter;

  public Boolean dryRun;

  /** A reroute that first applies each request's remap suggestions. */
  public Boolean applySuggestions;

  /** Which failed requests; the parts combine. */
  public static class Filter {

    @Size(max = 64)
    public String failureReason;

    @Size(max = 255)
    public String code;

    @Size(max = 255)
    public String q;

    @Size(max = RoutingRequestFilter.MAX_IDS)
    public List<@NotNull Long> ids;

    @Size(max = 64)
    public String before;

    BulkFilter toFilter() {
      return new BulkFilter(
          QueryParameters.oneOf(FailureReason.class, "filter.failureReason", failureReason)
              .orElse(null),
          QueryParameters.given(code).orElse(null),
          QueryParameters.given(q).orElse(null),
          ids,
          QueryParameters.instant("filter.before", before).orElse(null));
    }
  }

  boolean appliesSuggestions() {
    return Boolean.TRUE.equals(applySuggestions);
  }

  boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }

  BulkFilter toFilter() {
    return filter.toFilter();
  }
}

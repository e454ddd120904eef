package app.emailrouting.failedrequests.boundary;

import app.emailrouting.failedrequests.control.FailureGroup;
import app.emailrouting.failedrequests.entity.FailureFix;
import app.emailrouting.routing.control.ApiResponseView;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A failure group as the REST API shows it: the cause, the fix, an example API response and the
 * calls that list, reroute or delete the group.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "failureReason",
  "code",
  "count",
  "firstSeen",
  "lastSeen",
  "cause",
  "fix",
  "example",
  "links"
})
public record FailureGroupView(
    FailureReason failureReason,
    String code,
    long count,
    Instant firstSeen,
    Instant lastSeen,
    String cause,
    String fix,
    Example example,
    Links links) {

  /** The newest failed request of the group and its API response. */
  public record Example(long requestId, ApiResponseView apiResponse) {}

  /** The list of the group's requests, and the bulk calls (with their body) that act on it. */
  @JsonbPropertyOrder({"requests", "reroute", "delete"})
  public record Links(String requests, Call reroute, Call delete) {}

  @JsonbPropertyOrder({"method", "href", "body"})
  public record Call(String method, String href, JsonObject body) {}

  static FailureGroupView of(FailureGroup group, ApiResponseView exampleResponse, Links links) {
    var fix = FailureFix.of(group.failureReason());
    return new FailureGroupView(
        group.failureReason(),
        group.code(),
        group.count(),
        group.firstSeen(),
        group.lastSeen(),
        fix.cause(),
        fix.fix(),
        new Example(group.exampleRequestId(), exampleResponse),
        links);
  }
}

package app.emailrouting.routing.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.ListCursor;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * The list's query parameters, taken as text so that a bad value is a 400 that names it (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
public record ListParameters(
    String status, String failureReason, String q, String limit, String cursor) {

  RoutingRequestQuery toQuery() {
    return new RoutingRequestQuery(
        given(status).map(value -> parseEnum(RoutingStatus.class, "status", value)),
        given(failureReason).map(value -> parseEnum(FailureReason.class, "failureReason", value)),
        given(q),
        given(cursor).map(ListParameters::parseCursor),
        given(limit).map(ListParameters::parseLimit).orElse(RoutingRequestQuery.DEFAULT_LIMIT));
  }

  static long requestId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new jakarta.ws.rs.NotFoundException("No routing request " + id + ".");
    }
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).filter(text -> !text.isBlank());
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static int parseLimit(String value) {
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1 && limit <= RoutingRequestQuery.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(
        "limit", "must be a whole number from 1 to " + RoutingRequestQuery.MAX_LIMIT);
  }

  private static ListCursor parseCursor(String value) {
    return ListCursor.decode(value)
        .orElseThrow(
            () -> new InvalidInputException("cursor", "must be the nextCursor of a previous page"));
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import java.util.Optional;

/** Which routing requests to list, newest first, and how many at most. */
public record RoutingRequestQuery(
    Optional<RoutingStatus> status,
    Optional<FailureReason> failureReason,
    Optional<String> text,
    Optional<ListCursor> after,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
}

package app.emailrouting.routing.control;

import app.emailrouting.database.control.ListCursor;
import java.util.Optional;

/** Which routing requests to list, newest first, from where, and how many at most. */
public record RoutingRequestQuery(
    RoutingRequestFilter filter, Optional<ListCursor> after, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
}

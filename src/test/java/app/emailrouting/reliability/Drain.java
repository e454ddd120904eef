package app.emailrouting.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Waits for the routing requests to finish, and says which are stuck when they do not. The suites
 * print their figures either way, then fail on {@link Result#stuck()}.
 */
final class Drain {

  /** When the last request finished, or what was still unfinished when the time was up. */
  record Result(Instant finishedAt, String stuck) {

    boolean finished() {
      return finishedAt != null;
    }

    /** From {@code start} until the drain finished, or a note that it did not. */
    String since(Instant start) {
      return finished()
          ? Duration.between(start, finishedAt).toMillis() + " ms"
          : "NOT FINISHED (" + stuck + ")";
    }

    Duration duration(Instant start) {
      return Duration.between(start, finished() ? finishedAt : Instant.now());
    }
  }

  private Drain() {}

  /**
   * Waits until the database holds at least {@code expected} requests and none is PENDING or
   * ROUTING, for at most {@code within}.
   */
  static Result await(int expected, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (RoutingDatabase.total() >= expected && RoutingDatabase.unfinished() == 0) {
        return new Result(Instant.now(), "");
      }
      Pause.millis(200);
    }
    return new Result(
        null,
        "Routing requests not finished within %s: %d expected, counts %s; stuck: %s"
            .formatted(
                within,
                expected,
                RoutingDatabase.countByStatus(),
                RoutingDatabase.rows("status IN ('PENDING', 'ROUTING')").stream()
                    .limit(25)
                    .map(String::valueOf)
                    .collect(Collectors.joining("; "))));
  }

  /** A generous time for {@code requests} to route: a minimum plus 20 requests a second. */
  static Duration allowance(Duration minimum, int requests) {
    Duration byCount = Duration.ofSeconds(requests / 20L);
    return byCount.compareTo(minimum) > 0 ? byCount.plus(minimum) : minimum;
  }
}

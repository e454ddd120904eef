package app.emailrouting.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** Waits for the routing requests to finish, and says which are stuck when they do not. */
final class Drain {

  private Drain() {}

  /**
   * Waits until the database holds at least {@code expected} requests and none is PENDING or
   * ROUTING; fails after {@code within} with the counts and the first stuck requests.
   *
   * @return when the last request finished, as seen by this poll
   */
  static Instant await(int expected, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (RoutingDatabase.total() >= expected && RoutingDatabase.unfinished() == 0) {
        return Instant.now();
      }
      Pause.millis(200);
    }
    throw new AssertionError(
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

package app.emailrouting.console.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days picked in the console as the times the API filters on, in UTC like every time the console
 * shows: "from" a day is from its first instant, "to" a day includes that whole day.
 */
final class UtcDays {

  private UtcDays() {}

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the day, as the API's exclusive {@code to}. */
  static Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }
}

package app.emailrouting.problems.boundary;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.problems.control.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Query parameters taken as text and parsed here, so that a bad value is a 400 that names it
 * (JAX-RS answers 404 for a query parameter it cannot convert).
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** The value, unless absent or blank. */
  public static Optional<String> given(String value) {
    return Optional.ofNullable(value).filter(text -> !text.isBlank()).map(String::strip);
  }

  public static <E extends Enum<E>> Optional<E> oneOf(Class<E> type, String field, String value) {
    return given(value).map(text -> parseEnum(type, field, text));
  }

  public static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A page size from 1 to {@code max}, or {@code otherwise} when absent. */
  public static int limit(String value, int otherwise, int max) {
    if (given(value).isEmpty()) {
      return otherwise;
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException("limit", "must be a whole number from 1 to " + max);
  }

  public static Optional<ListCursor> cursor(String value) {
    return given(value)
        .map(
            text ->
                ListCursor.decode(text)
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "cursor", "must be the nextCursor of a previous page")));
  }

  /** An ISO-8601 instant such as {@code 2026-11-27T10:00:00Z}. */
  public static Optional<Instant> instant(String field, String value) {
    return given(value).map(text -> parseInstant(field, text));
  }

  public static Instant parseInstant(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 time in UTC, such as 2026-11-27T10:00:00Z");
    }
  }
}

package app.emailrouting.database.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paged list, with the cursor of the next page if there is one. */
public record Page<T>(List<T> items, Optional<ListCursor> next) {

  /**
   * The page of {@code limit} rows out of {@code rows}, read with one row more than the limit: that
   * extra row says whether a next page exists, and the last row kept is where it starts.
   */
  public static <T> Page<T> of(List<T> rows, int limit, Function<T, ListCursor> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), Optional.empty());
    }
    List<T> items = List.copyOf(rows.subList(0, limit));
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
  }

  /** The JPQL condition for the rows after a cursor, newest first, with :afterAt and :afterId. */
  public static String after(String timeField, String idField) {
    return "("
        + timeField
        + " < :afterAt OR ("
        + timeField
        + " = :afterAt AND "
        + idField
        + " < :afterId))";
  }
}

package app.emailrouting.database.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Times read by native SQL: H2 answers OffsetDateTime, PostgreSQL's driver Timestamp. */
public final class SqlTimes {

  private SqlTimes() {}

  public static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) column;
  }
}

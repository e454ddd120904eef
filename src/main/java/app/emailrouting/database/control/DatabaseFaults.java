package app.emailrouting.database.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.stream.Stream;

/** Tells database faults apart by what caused them, through any layers of wrapping. */
public final class DatabaseFaults {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  private static final String POOL_ALLOCATION_FAILED = "Error in allocating a connection";

  private DatabaseFaults() {}

  /** A unique constraint refused a row: another writer inserted the same key first. */
  public static boolean isUniqueViolation(Throwable failure) {
    return causes(failure)
        .anyMatch(e -> e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
  }

  /** Another transaction changed the row since it was read (a stale {@code @Version}). */
  public static boolean isConcurrentChange(Throwable failure) {
    return causes(failure)
        .anyMatch(e -> e.getClass().getSimpleName().equals("OptimisticLockException"));
  }

  /** The database could not be reached: no connection could be opened or one was lost. */
  public static boolean isUnreachable(Throwable failure) {
    return causes(failure).anyMatch(DatabaseFaults::isConnectionFailure);
  }

  private static boolean isConnectionFailure(Throwable e) {
    return e instanceof ConnectException
        || e instanceof SQLException sql && isConnectionState(sql)
        || e.getMessage() != null && e.getMessage().contains(POOL_ALLOCATION_FAILED);
  }

  private static boolean isConnectionState(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
  }

  private static Stream<Throwable> causes(Throwable failure) {
    return Stream.iterate(failure, e -> e != null, e -> e.getCause() == e ? null : e.getCause())
        .limit(32);
  }
}

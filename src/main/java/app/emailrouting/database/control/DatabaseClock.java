package app.emailrouting.database.control;

import app.emailrouting.database.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database server's time, as every instance of one database sees it: leases and due times are
 * written and compared on this clock, so that an instance whose own clock is ahead neither takes
 * back another's lease early nor routes a retry before its time. The offset from this JVM's clock
 * is measured on PostgreSQL every {@link #RESAMPLE} (a query per call would cost a round trip each
 * time); the embedded H2 runs in this JVM and needs none.
 */
@ApplicationScoped
public class DatabaseClock {

  static final Duration RESAMPLE = Duration.ofSeconds(30);
  private static final String POSTGRESQL_MICROS =
      "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000 AS BIGINT)";
  private static final Logger LOG = Logger.getLogger(DatabaseClock.class.getName());

  @Resource(lookup = SchemaMigration.DATASOURCE)
  DataSource dataSource;

  private final Clock local = Clock.systemUTC();
  private volatile Duration offset = Duration.ZERO;
  private volatile Instant sampledAt = Instant.EPOCH;

  /** The database's time now. */
  public Instant now() {
    Instant now = local.instant();
    if (Duration.between(sampledAt, now).compareTo(RESAMPLE) > 0) {
      sample(now);
    }
    return now.plus(offset);
  }

  /** Measures the offset again; the last one is kept while the database cannot be reached. */
  private synchronized void sample(Instant now) {
    if (Duration.between(sampledAt, now).compareTo(RESAMPLE) <= 0) {
      return;
    }
    sampledAt = now;
    try (Connection connection = dataSource.getConnection()) {
      if (!connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres")) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        Instant before = local.instant();
        long micros;
        try (ResultSet row = statement.executeQuery(POSTGRESQL_MICROS)) {
          row.next();
          micros = row.getLong(1);
        }
        Instant after = local.instant();
        Instant midway = before.plus(Duration.between(before, after).dividedBy(2));
        Instant server = Instant.EPOCH.plus(Duration.ofNanos(micros * 1000));
        offset = Duration.between(midway, server);
      }
    } catch (SQLException | RuntimeException unreachable) {
      LOG.log(Level.FINE, "Database clock not sampled; the last offset is kept", unreachable);
    }
  }
}

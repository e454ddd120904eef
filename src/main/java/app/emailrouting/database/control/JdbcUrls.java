package app.emailrouting.database.control;

import java.nio.file.Path;

/** What a JDBC URL says about the database behind it. */
public final class JdbcUrls {

  private JdbcUrls() {}

  /** The pooled-datasource class of the database a JDBC URL names. */
  public static String dataSourceClass(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "org.h2.jdbcx.JdbcDataSource";
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (PostgreSQL or H2 expected): " + scheme(jdbcUrl));
  }

  /**
   * The embedded H2 file database in a data directory. It stays open until the server stops
   * (DB_CLOSE_ON_EXIT=FALSE), so that H2's own shutdown hook cannot close it under a request.
   */
  public static String embeddedH2(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("routing") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static String scheme(String jdbcUrl) {
    int end = jdbcUrl.indexOf(':', "jdbc:".length());
    return end < 0 ? jdbcUrl : jdbcUrl.substring(0, end);
  }
}

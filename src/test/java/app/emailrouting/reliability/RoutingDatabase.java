package app.emailrouting.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The suite's own view of the routing requests, straight from PostgreSQL: what the service says
 * through its API is what is checked elsewhere; here the rows themselves are counted (the service
 * may be down or cut off from the database while the suite looks). Each suite starts on an empty
 * schema of its own.
 */
public final class RoutingDatabase {

  /** One routing request row as the suite needs it. */
  record Row(
      long id,
      String externalId,
      String status,
      String failureReason,
      String conversationId,
      String leaseOwner,
      Instant leaseExpiresAt,
      int failedAttempts,
      Instant nextAttemptAt) {

    @Override
    public String toString() {
      return "%s(id %d, %s%s, failed attempts %d, next attempt %s, lease %s until %s)"
          .formatted(
              externalId,
              id,
              status,
              failureReason == null ? "" : " " + failureReason,
              failedAttempts,
              nextAttemptAt,
              leaseOwner,
              leaseExpiresAt);
    }
  }

  private static final String ROWS =
      "SELECT id, external_id, status, failure_reason, conversation_id, lease_owner,"
          + " lease_expires_at, failed_attempts, next_attempt_at FROM routing_request";

  /** Drops the suite's schema with everything in it and creates it empty. */
  public static void recreateSchema() throws SQLException {
    String schema = ReliabilitySettings.schema();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
  }

  /** Routing requests by status, e.g. {@code {PENDING=3, ROUTED=997}}. */
  static Map<String, Integer> countByStatus() {
    Map<String, Integer> counts = new TreeMap<>();
    query(
        "SELECT status, COUNT(*) FROM routing_request GROUP BY status",
        rows -> counts.put(rows.getString(1), rows.getInt(2)));
    return counts;
  }

  public static int count(String status) {
    return countByStatus().getOrDefault(status, 0);
  }

  static int total() {
    return countByStatus().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Requests still in progress (PENDING or ROUTING). */
  static int unfinished() {
    Map<String, Integer> counts = countByStatus();
    return counts.getOrDefault("PENDING", 0) + counts.getOrDefault("ROUTING", 0);
  }

  static List<Row> rows(String where) {
    List<Row> rows = new ArrayList<>();
    query(ROWS + " WHERE " + where + " ORDER BY id", result -> rows.add(row(result)));
    return rows;
  }

  /** A request's lease as a value to compare: who holds it, until when. */
  static String leaseOf(Row row) {
    return row.leaseOwner() + " until " + row.leaseExpiresAt();
  }

  /** Of these requests (id to {@link #leaseOf lease}), those still ROUTING under that lease. */
  static List<Row> stillHeld(Map<Long, String> leases) {
    if (leases.isEmpty()) {
      return List.of();
    }
    String ids = leases.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
    return rows("status = 'ROUTING' AND id IN (" + ids + ")").stream()
        .filter(row -> leaseOf(row).equals(leases.get(row.id())))
        .toList();
  }

  /** Every request by external id. */
  static Map<String, Row> byExternalId() {
    Map<String, Row> rows = new LinkedHashMap<>();
    query(ROWS + " ORDER BY id", result -> rows.put(result.getString(2), row(result)));
    return rows;
  }

  /** A request's attempts in order, each as {@code number outcome http-status code}. */
  static List<String> attemptsOf(String externalId) {
    List<String> attempts = new ArrayList<>();
    query(
        "SELECT a.attempt_number, a.outcome, a.api_http_status, a.api_code FROM routing_attempt a"
            + " JOIN routing_request r ON r.id = a.routing_request_id WHERE r.external_id = '"
            + externalId.replace("'", "''")
            + "' ORDER BY a.id",
        row ->
            attempts.add(
                "%d %s %s %s"
                    .formatted(
                        row.getInt(1), row.getString(2), row.getObject(3), row.getString(4))));
    return attempts;
  }

  /** Attempts recorded per outcome, e.g. {@code {RETRY=40, ROUTED=1000}}. */
  static Map<String, Integer> attemptsByOutcome() {
    Map<String, Integer> counts = new TreeMap<>();
    query(
        "SELECT outcome, COUNT(*) FROM routing_attempt GROUP BY outcome",
        rows -> counts.put(rows.getString(1), rows.getInt(2)));
    return counts;
  }

  private static Row row(ResultSet result) throws SQLException {
    var lease = result.getObject(7, java.time.OffsetDateTime.class);
    var next = result.getObject(9, java.time.OffsetDateTime.class);
    return new Row(
        result.getLong(1),
        result.getString(2),
        result.getString(3),
        result.getString(4),
        result.getString(5),
        result.getString(6),
        lease == null ? null : lease.toInstant(),
        result.getInt(8),
        next == null ? null : next.toInstant());
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void query(String sql, RowReader reader) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        reader.read(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        ReliabilitySettings.dbUrl(),
        ReliabilitySettings.dbUser(),
        ReliabilitySettings.dbPassword());
  }
}

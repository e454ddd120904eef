package app.emailrouting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.reliability.ReliabilitySettings;
import app.emailrouting.reliability.RoutingDatabase;
import app.emailrouting.reliability.ServiceInstance;
import app.emailrouting.support.GenesysFake;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * P4, the console and the API at 1,000,000 stored routing requests (10 % failed), each read against
 * the same queries run by PostgreSQL alone ({@code EXPLAIN ANALYZE}); then P5, bulk reroute and
 * bulk delete of the 100,000 failed ones with their audit, against set-based SQL doing the same
 * changes and audit rows in one statement (rolled back), and the dry-run count at 1,000,000.
 */
class StoreBench {

  private static final int STORED = Integer.getInteger("bench.store.requests", 1_000_000);
  private static final int SAMPLES = 40;
  private static final Pattern TIME = Pattern.compile("(?:Planning|Execution) Time: ([0-9.]+) ms");

  /** One failed request's external id: a search that matches one row of the failed ones. */
  private static final String SEARCHED = String.format(Locale.ROOT, "SF-%09d", STORED / 2);

  private static final String FAILED_PAGE =
      "SELECT * FROM routing_request WHERE status = 'FAILED'"
          + " ORDER BY created_at DESC, id DESC LIMIT 51";
  private static final String FILTERED_PAGE =
      "SELECT * FROM routing_request WHERE status = 'FAILED'"
          + " AND failure_reason = 'INVALID_ROUTING_OPTIONS'"
          + " ORDER BY created_at DESC, id DESC LIMIT 51";
  private static final String SEARCH_PAGE =
      "SELECT * FROM routing_request WHERE status = 'FAILED' AND search_text LIKE '%"
          + SEARCHED.toLowerCase(Locale.ROOT)
          + "%' ORDER BY created_at DESC, id DESC LIMIT 51";

  /** The summary: counts of the requests not routed, and of the routed ones since their tally. */
  private static final List<String> SUMMARY =
      List.of(
          "SELECT status, failure_reason, COUNT(*) FROM routing_request"
              + " WHERE status IN ('PENDING', 'ROUTING', 'FAILED') GROUP BY status, failure_reason",
          "SELECT * FROM routed_tally WHERE id = 1",
          "SELECT COUNT(*) FROM routing_attempt WHERE outcome = 'ROUTED' AND started_at >="
              + " (SELECT counted_before FROM routed_tally WHERE id = 1)");

  private static final String GROUPS =
      "SELECT failure_reason, api_code, COUNT(*), MIN(updated_at), MAX(updated_at), MAX(id)"
          + " FROM routing_request WHERE status = 'FAILED' GROUP BY failure_reason, api_code";
  private static final String LATEST_FAILED = FAILED_PAGE.replace("LIMIT 51", "LIMIT 11");
  private static final String OPEN_HOUR =
      "SELECT COUNT(*) FROM routing_attempt WHERE outcome = 'ROUTED'"
          + " AND started_at >= date_trunc('hour', now())";
  private static final String DRY_RUN =
      "SELECT COUNT(*), MAX(id) FROM routing_request WHERE status = 'FAILED'";

  private static final String SEED_REQUESTS =
      """
      INSERT INTO routing_request (id, external_id, provider, queue_id, screen_pop_id, subject,
          from_address, from_name, to_address, status, failure_reason, failed_attempts,
          conversation_id, api_http_status, api_code, api_message, api_correlation_id, api_at,
          version, created_at, updated_at, routed_at, search_text)
      SELECT n, external_id, 'Salesforce', '6f2b8a4e-4c1d-4a3e-9b7f-2c5d7e8f9a01',
          '500' || lpad(n::text, 12, '0'), subject, from_address, from_name, 'support@example.com',
          CASE WHEN failed THEN 'FAILED' ELSE 'ROUTED' END,
          CASE WHEN failed THEN (ARRAY['INVALID_ROUTING_OPTIONS', 'MISSING_PERMISSIONS',
              'RATE_LIMITED', 'GENESYS_UNAVAILABLE'])[k] END,
          CASE WHEN failed THEN 1 ELSE 0 END,
          CASE WHEN failed THEN NULL ELSE md5(n::text)::uuid::text END,
          CASE WHEN failed THEN (ARRAY[400, 403, 429, 503])[k] END,
          api_code, api_message,
          CASE WHEN failed THEN md5('c' || n)::uuid::text END,
          CASE WHEN failed THEN at + interval '2 seconds' END,
          1, at, at + interval '2 seconds', CASE WHEN failed THEN NULL ELSE at + interval '2 seconds' END,
          lower(external_id || chr(10) || subject || chr(10) || from_address || chr(10) || from_name
              || coalesce(chr(10) || api_code, '') || coalesce(chr(10) || api_message, ''))
      FROM (SELECT n, failed, at, k, 'SF-' || lpad(n::text, 9, '0') AS external_id,
                (ARRAY['Invoice', 'Delivery', 'Refund', 'Password reset', 'Order'])[1 + n % 5]
                    || ' question, case ' || n AS subject,
                'customer' || (n % 100000) || '@example.com' AS from_address,
                'Customer ' || (n % 100000) AS from_name,
                CASE WHEN failed THEN (ARRAY['bad.request', 'missing.permissions',
                    'too.many.requests', 'service.unavailable'])[k] END AS api_code,
                CASE WHEN failed THEN (ARRAY['Queue not found', 'Missing conversation:email:create',
                    'Rate limit exceeded', 'Service unavailable'])[k] END AS api_message
            FROM (SELECT n, n % 10 = 0 AS failed, 1 + (n / 10) % 4 AS k,
                         now() - (? - n) * (interval '30 days' / ?) AS at
                  FROM generate_series(1, ?) n) g) s
      """;
  private static final String SEED_ATTEMPTS =
      """
      INSERT INTO routing_attempt (id, routing_request_id, attempt_number, outcome, failure_reason,
          api_http_status, api_code, api_message, api_correlation_id, api_at, duration_ms, started_at)
      SELECT id, id, 1, CASE WHEN status = 'FAILED' THEN 'FAILED' ELSE 'ROUTED' END, failure_reason,
          api_http_status, api_code, api_message, api_correlation_id, api_at, 120, updated_at
      FROM routing_request
      """;

  /** The same changes as a bulk reroute, with one audit row each, in one statement. */
  private static final String REROUTE_ALL =
      """
      WITH changed AS (
        UPDATE routing_request r SET status = 'PENDING', failure_reason = NULL, failed_attempts = 0,
            next_attempt_at = now(), version = r.version + 1, updated_at = now()
        FROM routing_request b WHERE b.id = r.id AND b.status = 'FAILED'
        RETURNING r.id, b.failure_reason, b.failed_attempts)
      INSERT INTO audit_event (id, at, actor, action, target_type, target_id, summary, details)
      SELECT nextval('audit_event_seq'), now(), 'admin', 'ROUTING_REQUEST_REROUTED', 'ROUTING_REQUEST',
          id::text, 'Rerouted by bulk operation 1',
          json_build_object('before', json_build_object('failureReason', failure_reason,
              'failedAttempts', failed_attempts))::text
      FROM changed
      """;

  /** The same as a bulk delete: each deleted request copied, with its attempts, into the audit. */
  private static final String DELETE_ALL =
      """
      WITH gone AS (DELETE FROM routing_request WHERE status = 'FAILED' RETURNING *)
      INSERT INTO audit_event (id, at, actor, action, target_type, target_id, summary, details)
      SELECT nextval('audit_event_seq'), now(), 'admin', 'ROUTING_REQUEST_DELETED', 'ROUTING_REQUEST',
          g.id::text, 'Deleted by bulk operation 1 (' || g.external_id || ')',
          json_build_object('deleted', row_to_json(g), 'attempts',
              (SELECT json_agg(a) FROM routing_attempt a WHERE a.routing_request_id = g.id))::text
      FROM gone g
      """;

  @Test
  void a_million_stored_requests() throws Exception {
    RoutingDatabase.recreateSchema();
    try (var genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        var service = start()) {
      seed();
      var admin = SignedIn.admin(service.url());
      readAtAMillion(admin);
      bulkOperations(admin);
    }
  }

  private static void readAtAMillion(SignedIn admin) throws Exception {
    String reason = "failureReason=INVALID_ROUTING_OPTIONS";
    // every page read before any is timed: none is measured while it alone still runs cold code
    admin.warmUp(
        List.of(
            "failed.xhtml",
            "failed.xhtml?reason=INVALID_ROUTING_OPTIONS",
            "failed.xhtml?q=" + SEARCHED,
            "index.xhtml"),
        List.of(
            "api/routing-requests?status=FAILED",
            "api/routing-requests?status=FAILED&" + reason,
            "api/routing-requests?status=FAILED&q=" + SEARCHED,
            "api/routing-requests/summary"));
    compare(
        "P4 failed list, first page (console)",
        admin.timePage("failed.xhtml", SAMPLES),
        List.of(FAILED_PAGE),
        100);
    compare(
        "P4 failed list, first page (API)",
        admin.timeApi("api/routing-requests?status=FAILED", SAMPLES),
        List.of(FAILED_PAGE),
        100);
    compare(
        "P4 failed list by reason (console)",
        admin.timePage("failed.xhtml?reason=INVALID_ROUTING_OPTIONS", SAMPLES),
        List.of(FILTERED_PAGE),
        100);
    compare(
        "P4 failed list by reason (API)",
        admin.timeApi("api/routing-requests?status=FAILED&" + reason, SAMPLES),
        List.of(FILTERED_PAGE),
        100);
    compare(
        "P4 text search of failed requests (console)",
        admin.timePage("failed.xhtml?q=" + SEARCHED, SAMPLES),
        List.of(SEARCH_PAGE),
        100);
    compare(
        "P4 text search of failed requests (API)",
        admin.timeApi("api/routing-requests?status=FAILED&q=" + SEARCHED, SAMPLES),
        List.of(SEARCH_PAGE),
        100);
    compare(
        "P4 summary (API)", admin.timeApi("api/routing-requests/summary", SAMPLES), SUMMARY, 200);
    compare(
        "P4 dashboard (console)",
        admin.timePage("index.xhtml", SAMPLES),
        Stream.concat(SUMMARY.stream(), Stream.of(GROUPS, LATEST_FAILED, OPEN_HOUR)).toList(),
        200);
    assertThat(admin.api("api/routing-requests/summary").getJsonNumber("total").longValue())
        .isEqualTo(STORED);
    var found = admin.api("api/routing-requests?status=FAILED&q=" + SEARCHED).getJsonArray("items");
    assertThat(found).as("the text search finds the one request").hasSize(1);
    assertThat(found.getJsonObject(0).getString("externalId")).isEqualTo(SEARCHED);
  }

  private static void bulkOperations(SignedIn admin) throws Exception {
    long failed = STORED / 10;
    var dryRun = new ArrayList<Double>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      var matched =
          admin.post(
              "api/routing-requests/bulk-reroute", "{\"filter\": {}, \"dryRun\": true}", 200);
      dryRun.add((System.nanoTime() - start) / 1e6);
      assertThat(matched.getJsonNumber("matched").longValue()).isEqualTo(failed);
    }
    var dryRunTimes = new SignedIn.Timings(dryRun);
    var dryRunBaseline = new SignedIn.Timings(explainMillis(List.of(DRY_RUN), 5));
    BenchTable.add(
        new BenchTable.Row(
            "P5 dry-run count of " + String.format(Locale.ROOT, "%,d", STORED),
            millis(dryRunTimes.at(0.5)),
            millis(dryRunBaseline.at(0.5)) + " (EXPLAIN ANALYZE)",
            BenchTable.ratio(dryRunBaseline.at(0.5), dryRunTimes.at(0.5)),
            "<= 1 s",
            dryRunTimes.at(0.5) <= 1_000));

    pauseRouting();
    bulk(admin, "reroute", REROUTE_ALL, failed);
    try (Connection connection = RoutingDatabase.connect();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE routing_request SET status = 'FAILED', failure_reason = 'INVALID_ROUTING_OPTIONS',"
              + " failed_attempts = 1, next_attempt_at = NULL WHERE status = 'PENDING'");
    }
    bulk(admin, "delete", DELETE_ALL, failed);
  }

  /** A bulk operation of every failed request, timed to its end, against its SQL baseline. */
  private static void bulk(SignedIn admin, String kind, String baselineSql, long failed)
      throws Exception {
    double baselineSeconds = rolledBackSeconds(baselineSql, failed);
    long start = System.nanoTime();
    var operation = admin.post("api/routing-requests/bulk-" + kind, "{\"filter\": {}}", 202);
    String path = "api/bulk-operations/" + operation.getJsonNumber("id").longValue();
    var state = operation;
    while (state.getString("state").equals("RUNNING")) {
      Thread.sleep(200);
      state = admin.api(path);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long done = state.getJsonNumber("done").longValue();
    System.out.printf(
        Locale.ROOT,
        "bulk %s: %d done in %.1f s (%s); SQL alone %.1f s%n",
        kind,
        done,
        seconds,
        state.getString("state"),
        baselineSeconds);
    assertThat(done).as("requests done by the bulk " + kind).isEqualTo(failed);
    double perSecond = done / seconds;
    double baselinePerSecond = failed / baselineSeconds;
    BenchTable.add(
        new BenchTable.Row(
            "P5 bulk " + kind + " of " + String.format(Locale.ROOT, "%,d", failed),
            BenchTable.number(perSecond, "requests/s") + String.format(" (%.1f s)", seconds),
            BenchTable.number(baselinePerSecond, "requests/s")
                + String.format(" (%.1f s, one SQL statement)", baselineSeconds),
            BenchTable.ratio(perSecond, baselinePerSecond),
            ">= 0.3x",
            perSecond >= 0.3 * baselinePerSecond));
  }

  /** Times one statement in a transaction then rolled back, asserting the rows it changed. */
  private static double rolledBackSeconds(String sql, long rows) throws SQLException {
    try (Connection connection = RoutingDatabase.connect();
        var statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      int changed = statement.executeUpdate(sql);
      double seconds = (System.nanoTime() - start) / 1e9;
      connection.rollback();
      assertThat((long) changed).as("rows of the SQL baseline").isEqualTo(rows);
      return seconds;
    }
  }

  private static void compare(String figure, SignedIn.Timings service, List<String> sql, int goal)
      throws SQLException {
    var baseline = new SignedIn.Timings(explainMillis(sql, SAMPLES));
    double p95 = service.at(0.95);
    BenchTable.add(
        new BenchTable.Row(
            figure,
            "p95 " + millis(p95) + ", p50 " + millis(service.at(0.5)),
            "p95 " + millis(baseline.at(0.95)) + " (EXPLAIN ANALYZE)",
            BenchTable.ratio(baseline.at(0.95), p95),
            "p95 <= " + goal + " ms",
            p95 <= goal));
  }

  /**
   * Planning plus execution time of the queries, as PostgreSQL reports them, summed per sample,
   * after as many runs to warm the caches.
   */
  private static List<Double> explainMillis(List<String> queries, int samples) throws SQLException {
    List<Double> sums = new ArrayList<>();
    try (Connection connection = RoutingDatabase.connect();
        var statement = connection.createStatement()) {
      for (int i = 0; i < 2 * samples; i++) {
        double sum = 0;
        for (String query : queries) {
          try (var result = statement.executeQuery("EXPLAIN (ANALYZE) " + query)) {
            while (result.next()) {
              var time = TIME.matcher(result.getString(1));
              if (time.find()) {
                sum += Double.parseDouble(time.group(1));
              }
            }
          }
        }
        if (i >= samples) {
          sums.add(sum);
        }
      }
    }
    return sums;
  }

  /**
   * One million requests (10 % failed, over the last 30 days) and an attempt each, in set-based
   * SQL, into the schema the service created; the id sequences moved past them.
   */
  private static void seed() throws SQLException {
    long start = System.nanoTime();
    try (Connection connection = RoutingDatabase.connect()) {
      try (var insert = connection.prepareStatement(SEED_REQUESTS)) {
        insert.setInt(1, STORED);
        insert.setInt(2, STORED);
        insert.setInt(3, STORED);
        insert.executeUpdate();
      }
      try (var statement = connection.createStatement()) {
        // statistics first: each attempt's foreign key check is then an index lookup
        statement.execute("VACUUM ANALYZE routing_request");
        statement.executeUpdate(SEED_ATTEMPTS);
        statement.execute("SELECT setval('routing_request_seq', " + (STORED + 1_000) + ")");
        statement.execute("SELECT setval('routing_attempt_seq', " + (STORED + 1_000) + ")");
        statement.execute("VACUUM ANALYZE routing_attempt");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "seeded %,d requests and their attempts in %.1f s%n",
        STORED,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Routing paused, as an admin would find it with the cause not fixed yet: the bulk reroute is
   * measured alone, its requests left pending.
   */
  private static void pauseRouting() throws SQLException {
    try (Connection connection = RoutingDatabase.connect();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE routing_pipeline SET state = 'PAUSED', reason = 'MISSING_PERMISSIONS',"
              + " detail = 'bench', since = now(), version = version + 1");
    }
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%.1f ms", value);
  }

  /**
   * The service with Genesys pacing out of the way (a reroute lets no more requests wait than
   * Genesys takes in a minute) and no probe to resume the paused pipeline.
   */
  private static ServiceInstance start() {
    return BenchService.start(
        Map.of(
            "genesys.rate-limit.per-minute", "600000",
            "routing.probe-interval-seconds", "86400"));
  }
}

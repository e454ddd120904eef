package app.emailrouting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.reliability.Intake;
import app.emailrouting.reliability.ReliabilitySettings;
import app.emailrouting.reliability.RoutingDatabase;
import app.emailrouting.reliability.ServiceInstance;
import app.emailrouting.support.GenesysFake;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * P1, intake: routing requests accepted per second on PostgreSQL by 16 concurrent clients, against
 * {@code pgbench} with 16 clients inserting the same row into a table of the same shape; then the
 * latency at a steady 500 requests per second. The service routes what it takes in meanwhile, to
 * the Genesys fake (answering at once, no rate limit), as it would in production.
 */
class IntakeBench {

  private static final int CLIENTS = 16;
  private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
  private static final int[] OFFERED = {50, 100, 200, 300, 400, 500, 600};
  private static final Duration STEP = Duration.ofSeconds(10);
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

  @Test
  void intake_against_pgbench() throws Exception {
    RoutingDatabase.recreateSchema();
    try (var genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        var service = start()) {
      var intake = new Intake(service.url());
      Load.closed(intake, "warm-up-", CLIENTS, Duration.ofSeconds(10));

      Duration cpuBefore = cpu(service);
      Load.Outcome closed = Load.closed(intake, "closed-", CLIENTS, RUN);
      double cpuMillisEach = cpu(service).minus(cpuBefore).toNanos() / 1e6 / closed.accepted();
      System.out.println("service, 16 clients: " + closed);
      System.out.printf("service CPU per accepted request: %.2f ms%n", cpuMillisEach);
      Load.Outcome ceiling = Load.closed(liveness(service), "live-", CLIENTS, RUN);
      System.out.println("the server's liveness check, 16 clients: " + ceiling);
      double baseline = pgbenchInsertsPerSecond();
      System.out.printf("pgbench, 16 clients: %.1f inserts/s%n", baseline);
      Load.Outcome steady = Load.open(intake, "steady-", 500, RUN);
      System.out.println("service at 500 requests/s: " + steady);
      latencyCurve(intake);

      assertThat(closed.refused()).as("refused while 16 clients post").isZero();
      assertThat(steady.refused()).as("refused at 500 requests/s").isZero();
      BenchTable.add(
          new BenchTable.Row(
              "P1 intake, 16 clients (PostgreSQL)",
              BenchTable.number(closed.perSecond(), "accepted/s")
                  + String.format(" (service CPU %.2f ms each)", cpuMillisEach),
              BenchTable.number(baseline, "inserts/s (pgbench)"),
              BenchTable.ratio(closed.perSecond(), baseline),
              ">= 0.5x",
              closed.perSecond() >= 0.5 * baseline));
      BenchTable.add(
          new BenchTable.Row(
              "P1 ceiling: the same server answering its liveness check, 16 clients",
              BenchTable.number(ceiling.perSecond(), "answers/s"),
              BenchTable.number(baseline, "inserts/s (pgbench)"),
              BenchTable.ratio(ceiling.perSecond(), baseline),
              "-",
              null));
      BenchTable.add(
          new BenchTable.Row(
              "P1 intake latency at 500 requests/s",
              String.format(
                  "p50 %.1f ms, p99 %.1f ms", steady.millisAt(0.5), steady.millisAt(0.99)),
              "-",
              "-",
              "p99 <= 50 ms",
              steady.millisAt(0.99) <= 50));
    }
  }

  /**
   * The service as an operator runs it against Genesys, which takes 300 create email calls a minute
   * per token: the routing of a burst is paced and the rest waits, stored. {@code
   * -Dbench.intake.routing-unpaced=true} routes as fast as the fake answers, in the same JVM and on
   * the same cores as intake.
   */
  private static ServiceInstance start() {
    return BenchService.start(
        Boolean.getBoolean("bench.intake.routing-unpaced")
            ? Map.of()
            : Map.of("genesys.rate-limit.per-minute", "300"));
  }

  /**
   * Latency against offered load: 10 s at each rate, from a quiet start to the service's capacity
   * and past it, written to {@code p1-latency.csv} (src/docs/BENCHMARKS.md plots it).
   */
  private static void latencyCurve(Intake intake) {
    List<String> rows = new ArrayList<>();
    for (int perSecond : OFFERED) {
      Load.Outcome outcome = Load.open(intake, "offered-" + perSecond + "-", perSecond, STEP);
      System.out.printf("offered %d/s: %s%n", perSecond, outcome);
      rows.add(
          String.format(
              Locale.ROOT,
              "%d,%.1f,%.1f,%.1f",
              perSecond,
              outcome.perSecond(),
              outcome.millisAt(0.5),
              outcome.millisAt(0.99)));
    }
    BenchTable.csv("p1-latency.csv", "offered_per_s,accepted_per_s,p50_ms,p99_ms", rows);
  }

  /** The CPU time the service's process has used so far. */
  private static Duration cpu(ServiceInstance service) {
    return ProcessHandle.of(service.pid())
        .flatMap(handle -> handle.info().totalCpuDuration())
        .orElseThrow(() -> new IllegalStateException("no CPU time for " + service.pid()));
  }

  /** GET /health/live: the server's own answer, no application code, no database. */
  private static Load.Call liveness(ServiceInstance service) {
    var client = HttpClient.newHttpClient();
    var request = HttpRequest.newBuilder(service.url().resolve("health/live")).build();
    return id -> {
      try {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
  }

  /**
   * pgbench with 16 clients for the same time, each transaction one INSERT of the row intake stores
   * for the README's request, into a copy of {@code routing_request} (its constraints and indexes
   * included) with ids from a sequence.
   */
  private static double pgbenchInsertsPerSecond()
      throws IOException, InterruptedException, SQLException {
    try (var connection = RoutingDatabase.connect();
        var statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS bench_baseline");
      statement.execute("DROP SEQUENCE IF EXISTS bench_baseline_seq");
      statement.execute(
          "CREATE TABLE bench_baseline (LIKE routing_request INCLUDING DEFAULTS"
              + " INCLUDING CONSTRAINTS INCLUDING INDEXES)");
      statement.execute("CREATE SEQUENCE bench_baseline_seq");
    }
    Path script = Files.createTempFile("intake", ".sql");
    Files.writeString(
        script,
        "INSERT INTO bench_baseline (id, external_id, provider, queue_id, screen_pop_id, subject,"
            + " from_address, to_address, status, failed_attempts, next_attempt_at, version,"
            + " created_at, updated_at) SELECT n, 'pgbench-' || n, 'Salesforce',"
            + " '6f2b8a4e-4c1d-4a3e-9b7f-2c5d7e8f9a01', 'pgbench-' || n, 'Reliability pgbench-' || n,"
            + " 'customer@example.com', 'support@example.com', 'PENDING', 0, now(), 1, now(), now()"
            + " FROM (SELECT nextval('bench_baseline_seq') AS n) s;\n");
    List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", "16", "-j", "2"));
    command.addAll(List.of("-T", String.valueOf(RUN.toSeconds()), "-f", script.toString()));
    command.addAll(List.of("-h", "127.0.0.1", "-U", ReliabilitySettings.dbUser(), "test"));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGOPTIONS", "-c search_path=" + ReliabilitySettings.schema());
    builder.environment().put("PGPASSWORD", ReliabilitySettings.dbPassword());
    Process pgbench = builder.start();
    String output = new String(pgbench.getInputStream().readAllBytes());
    pgbench.waitFor();
    var tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench printed no tps:\n" + output);
    }
    return Double.parseDouble(tps.group(1));
  }
}

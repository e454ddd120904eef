package app.emailrouting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.reliability.ReliabilitySettings;
import app.emailrouting.reliability.RoutingDatabase;
import app.emailrouting.reliability.ServiceInstance;
import app.emailrouting.support.GenesysFake;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * P3, the pipeline's own overhead: a backlog of pending routing requests (stored in set-based SQL)
 * drained against a Genesys fake answering every create email in 10 ms with no rate limit, pacing
 * set out of the way; routed per second, and the live heap (after a full collection) sampled as it
 * goes. The baseline is the fake's own throughput: 16 HTTP clients (the service's calls in flight
 * at most) posting the same create email to it as fast as it answers.
 */
class PipelineBench {

  private static final int BACKLOG = Integer.getInteger("bench.pipeline.requests", 100_000);
  private static final int CLIENTS = 16;
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private static final String SEED =
      """
      INSERT INTO routing_request (id, external_id, provider, queue_id, screen_pop_id, subject,
          from_address, to_address, status, failed_attempts, next_attempt_at, version, created_at,
          updated_at, search_text)
      SELECT n, 'pipeline-' || n, 'Salesforce', '6f2b8a4e-4c1d-4a3e-9b7f-2c5d7e8f9a01',
          'pipeline-' || n, 'Pipeline ' || n, 'customer@example.com', 'support@example.com',
          'PENDING', 0, now(), 1, now(), now(),
          'pipeline-' || n || chr(10) || 'pipeline ' || n || chr(10) || 'customer@example.com'
      FROM generate_series(1, ?) n
      """;

  @Test
  void a_backlog_drains_against_a_fast_genesys() throws Exception {
    RoutingDatabase.recreateSchema();
    try (var genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort())) {
      genesys.createDelay(10, 10);
      double baseline = fakeCreatesPerSecond(ReliabilitySettings.fakeGenesysPort());
      System.out.printf(Locale.ROOT, "fake alone, %d clients: %.1f creates/s%n", CLIENTS, baseline);
      genesys.reset();
      genesys.createDelay(10, 10);
      try (var service = start()) {
        long start = System.nanoTime();
        List<long[]> heap = new ArrayList<>();
        heap.add(new long[] {0, liveHeapKiB(service)});
        seed();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        Instant nextSample = Instant.now().plusSeconds(20);
        while (RoutingDatabase.count("ROUTED") < BACKLOG && Instant.now().isBefore(deadline)) {
          Thread.sleep(1_000);
          if (Instant.now().isAfter(nextSample)) {
            heap.add(
                new long[] {(System.nanoTime() - start) / 1_000_000_000L, liveHeapKiB(service)});
            nextSample = Instant.now().plusSeconds(20);
          }
        }
        heap.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, liveHeapKiB(service)});
        int routed = RoutingDatabase.count("ROUTED");
        Duration span = routedSpan();
        double perSecond = (routed - 1) / (span.toNanos() / 1e9);
        String heapSeries =
            heap.stream()
                .map(sample -> sample[0] + " s " + sample[1] / 1024)
                .collect(Collectors.joining(", "));
        System.out.printf(
            Locale.ROOT,
            "%d of %d routed in %.1f s: %.1f/s; live heap (MiB): %s%n",
            routed,
            BACKLOG,
            span.toMillis() / 1000.0,
            perSecond,
            heapSeries);
        writeHeap(heap);

        assertThat(routed).as("routed").isEqualTo(BACKLOG);
        BenchTable.add(
            new BenchTable.Row(
                "P3 pipeline, backlog of " + String.format(Locale.ROOT, "%,d", BACKLOG),
                BenchTable.number(perSecond, "routed/s")
                    + "; live heap "
                    + heap.get(1)[1] / 1024
                    + " -> "
                    + heap.get(heap.size() - 1)[1] / 1024
                    + " MiB",
                BenchTable.number(baseline, "creates/s (the fake, 16 clients)"),
                BenchTable.ratio(perSecond, baseline),
                ">= 1,000 routed/s, live heap flat",
                perSecond >= 1_000));
      }
    }
  }

  /** The fake's own pace: create email calls answered per second by 16 clients for 10 s. */
  private static double fakeCreatesPerSecond(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    String token =
        client
            .send(
                HttpRequest.newBuilder(base.resolve("oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(),
                BodyHandlers.ofString())
            .body()
            .replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    var answered = new AtomicInteger();
    long stop = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int clientNumber = c;
      pool.execute(
          () -> {
            for (int i = 0; System.nanoTime() < stop; i++) {
              String id = "baseline-" + clientNumber + "-" + i;
              var request =
                  HttpRequest.newBuilder(base.resolve("api/v2/conversations/emails"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(
                          BodyPublishers.ofString(
                              "{\"queueId\": \"6f2b8a4e-4c1d-4a3e-9b7f-2c5d7e8f9a01\","
                                  + " \"provider\": \"Salesforce\", \"subject\": \""
                                  + id
                                  + "\", \"attributes\": {\"SF_URLPop\": \""
                                  + id
                                  + "\"}}"))
                      .build();
              try {
                if (client.send(request, BodyHandlers.discarding()).statusCode() == 200) {
                  answered.incrementAndGet();
                }
              } catch (IOException e) {
                return;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return answered.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static void seed() throws SQLException {
    try (var connection = RoutingDatabase.connect();
        var insert = connection.prepareStatement(SEED);
        var statement = connection.createStatement()) {
      insert.setInt(1, BACKLOG);
      insert.executeUpdate();
      statement.execute("SELECT setval('routing_request_seq', " + (BACKLOG + 1_000) + ")");
    }
  }

  private static Duration routedSpan() throws SQLException {
    try (var connection = RoutingDatabase.connect();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "SELECT MIN(routed_at), MAX(routed_at) FROM routing_request"
                    + " WHERE status = 'ROUTED'")) {
      result.next();
      Timestamp first = result.getTimestamp(1);
      Timestamp last = result.getTimestamp(2);
      return Duration.between(first.toInstant(), last.toInstant());
    }
  }

  /** The heap in use right after a full collection, in KiB ({@code jcmd}). */
  private static long liveHeapKiB(ServiceInstance service) throws Exception {
    jcmd(service, "GC.run");
    String info = jcmd(service, "GC.heap_info");
    var used = HEAP_USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("No heap use in: " + info);
    }
    return Long.parseLong(used.group(1));
  }

  private static String jcmd(ServiceInstance service, String command) throws Exception {
    Process jcmd =
        new ProcessBuilder("jcmd", String.valueOf(service.pid()), command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    return output;
  }

  /** The heap series as CSV beside the results (src/docs/BENCHMARKS.md plots it). */
  private static void writeHeap(List<long[]> heap) {
    BenchTable.csv(
        "p3-heap.csv",
        "seconds,live_heap_mib",
        heap.stream().map(sample -> sample[0] + "," + sample[1] / 1024).toList());
  }

  /** The service with pacing out of the way (the fake has no limit). */
  private static ServiceInstance start() {
    return BenchService.start(Map.of());
  }
}

package app.emailrouting.reliability;

import app.emailrouting.support.CreateEmailLedger;
import app.emailrouting.support.GenesysFake;
import app.emailrouting.support.GenesysFake.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 35 s under a running instance (every connection reset, new ones
 * refused, through a proxy) while requests wait for a backoff retry that falls due during the cut.
 * Intake must refuse honestly (503 problem, never a 500), and once the database is back everything
 * resumes by itself: ready again, every request ROUTED, nothing lost.
 */
class DatabaseCutSuite {

  private static final Duration CUT = Duration.ofSeconds(35);
  private static final int RETRY_AFTER_SECONDS = 20;

  /** The service's own in-call retries of a 503 (MicroProfile @Retry) plus the first call. */
  private static final int CALLS_PER_ATTEMPT = 3;

  private static final int BACKOFF_REQUESTS = 5;
  private static final int POSTERS = 8;

  private static final Map<String, String> OPTIONS =
      Map.of(
          "routing.lease-seconds", "30",
          "routing.unknown-outcome-delay-ms", "2000",
          "routing.backoff.initial-ms", "500",
          "routing.backoff.max-ms", "5000",
          "routing.sweep-interval-ms", "200",
          "routing.max-attempts", "10");

  /** The intake's answers during the cut, by status, with one example of each. */
  private record DuringCut(
      Map<Integer, Integer> statuses,
      Map<Integer, Intake.Answer> examples,
      List<String> accepted,
      List<String> refused) {

    int count(int status) {
      return statuses.getOrDefault(status, 0);
    }

    boolean problemWith503() {
      var example = examples.get(503);
      return example != null && example.contentType().startsWith("application/problem+json");
    }
  }

  @Test
  void everythingResumesByItselfAfterTheDatabaseComesBack() throws Exception {
    int requests = ReliabilitySettings.requests();
    RoutingDatabase.recreateSchema();
    try (GenesysFake genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        TcpProxy database =
            TcpProxy.start(
                ReliabilitySettings.proxyPort(),
                ReliabilitySettings.dbHost(),
                ReliabilitySettings.dbPort());
        ServiceInstance instance = start(database)) {
      genesys.unknownAfterMillis(9000);
      genesys.createDelay(20, 50);
      var intake = new Intake(instance.url());
      List<String> before = ids("before", requests / 2);
      Set<String> accepted = Posters.postAll(intake, before, POSTERS).get(10, TimeUnit.MINUTES);
      Drain.Result routedBefore =
          Drain.await(accepted.size(), Drain.allowance(Duration.ofMinutes(2), requests));
      if (!routedBefore.finished()) {
        throw new AssertionError("Before the cut: " + routedBefore.stuck());
      }

      List<String> backoff = ids("backoff", BACKOFF_REQUESTS);
      for (String id : backoff) {
        genesys.script(retryLater(CALLS_PER_ATTEMPT));
        accepted.addAll(Posters.postAll(intake, List.of(id), 1).get(1, TimeUnit.MINUTES));
        awaitFailedAttempt(id);
      }
      List<RoutingDatabase.Row> waitingAtCut = RoutingDatabase.rows(waiting(backoff));

      database.cut();
      Instant cutAt = Instant.now();
      DuringCut duringCut = postDuring(intake, cutAt.plus(CUT));
      int readyDuringCut = instance.status("health/ready");
      database.restore();
      Instant restored = Instant.now();
      Optional<Duration> toReady = awaitReady(instance, restored);
      accepted.addAll(duringCut.accepted());
      // the CRM posts again what was refused during the cut
      Set<String> reposted =
          Posters.postAll(intake, duringCut.refused(), POSTERS).get(5, TimeUnit.MINUTES);
      accepted.addAll(reposted);

      List<String> after = ids("after", requests - before.size());
      accepted.addAll(Posters.postAll(intake, after, POSTERS).get(10, TimeUnit.MINUTES));
      Drain.Result drained =
          Drain.await(accepted.size(), Drain.allowance(Duration.ofMinutes(3), requests));

      CreateEmailLedger ledger = genesys.ledger();
      Map<String, RoutingDatabase.Row> rows = RoutingDatabase.byExternalId();
      new Figures("DatabaseCutSuite")
          .put("requests accepted", accepted.size())
          .put("requests in the database", rows.size())
          .put("statuses", RoutingDatabase.countByStatus())
          .put("attempts by outcome", RoutingDatabase.attemptsByOutcome())
          .put("backoff requests (503, Retry-After " + RETRY_AFTER_SECONDS + " s)", backoff)
          .put("backoff requests waiting for their retry at the cut", waitingAtCut)
          .put("backoff requests at the end", backoffRows(rows, backoff))
          .put("cut", CUT.toSeconds() + " s")
          .put("intake answers during the cut by status", duringCut.statuses())
          .put("example answers during the cut", duringCut.examples())
          .put("refused during the cut, then accepted when posted again", reposted.size())
          .put("connections refused by the proxy during the cut", database.refusedDuringCut())
          .put("/health/ready at the end of the cut", readyDuringCut)
          .put(
              "time to ready after restore",
              toReady.map(ready -> ready.toMillis() + " ms").orElse("NOT READY within 2 minutes"))
          .put("drain time after restore", drained.since(restored))
          .put("duplicates (conversations beyond one per request)", ledger.duplicates())
          .put(
              "duplicated requests (fake's ledger, service's attempts)",
              Checks.duplicatesExplained(ledger))
          .print();

      var softly = new SoftAssertions();
      softly.assertThat(drained.stuck()).as("requests unfinished after the drain").isEmpty();
      softly
          .assertThat(duringCut.count(503))
          .as("503 answers to intake during the cut")
          .isPositive();
      softly
          .assertThat(duringCut.problemWith503())
          .as("a 503 as application/problem+json")
          .isTrue();
      softly.assertThat(duringCut.count(500)).as("500 answers to intake during the cut").isZero();
      softly.assertThat(instance.ready()).as("/health/ready 200 after restore").isTrue();
      softly
          .assertThat(reposted)
          .as("requests refused during the cut, accepted when posted again")
          .hasSameSizeAs(duringCut.refused());
      Checks.nothingLost(
          softly, accepted, rows, ledger, row -> "ROUTED".equals(row.status()), "ROUTED");
      softly.assertThat(ledger.duplicates()).as("duplicates").isZero();
      softly.assertAll();
    }
  }

  private static ServiceInstance start(TcpProxy database) {
    String viaProxy = ReliabilitySettings.dbUrlVia("127.0.0.1", database.port());
    return ServiceInstance.start(
        ReliabilitySettings.instance(
            "database-cut", 0, viaProxy, ReliabilitySettings.secretKey(), OPTIONS));
  }

  private static List<String> ids(String prefix, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "cut-%s-%06d".formatted(prefix, i))
        .toList();
  }

  /** A definite "try again later" from Genesys: 503 with Retry-After, nothing created. */
  private static Reply[] retryLater(int count) {
    String body =
        "{\"message\": \"Service is currently unavailable.\", \"code\": \"service.unavailable\","
            + " \"status\": 503, \"messageParams\": {}, \"contextId\": \"database-cut\","
            + " \"details\": [], \"errors\": []}";
    Reply reply =
        new Reply(503, Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)), body, 0);
    return IntStream.range(0, count).mapToObj(i -> reply).toArray(Reply[]::new);
  }

  /** Waits until the request's first attempt has failed (its 503s), at most 15 s. */
  private static void awaitFailedAttempt(String externalId) {
    String failed = "external_id = '" + externalId + "' AND failed_attempts >= 1";
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (RoutingDatabase.rows(failed).isEmpty() && Instant.now().isBefore(deadline)) {
      Pause.millis(50);
    }
  }

  /** The backoff requests PENDING after a failed attempt: waiting for their retry. */
  private static String waiting(List<String> backoff) {
    return "external_id IN ('"
        + String.join("', '", backoff)
        + "') AND status = 'PENDING' AND failed_attempts >= 1";
  }

  /** A CRM keeps posting during the cut, one request at a time; each answer is kept. */
  private static DuringCut postDuring(Intake intake, Instant until) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<Integer, Intake.Answer> examples = new TreeMap<>();
    List<String> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int n = 1; Instant.now().isBefore(until); n++) {
      String id = "cut-during-%06d".formatted(n);
      Intake.Answer answer = intake.post(0, id);
      statuses.merge(answer.status(), 1, Integer::sum);
      examples.putIfAbsent(answer.status(), answer);
      (answer.accepted() ? accepted : refused).add(id);
      Pause.millis(200);
    }
    return new DuringCut(statuses, examples, accepted, refused);
  }

  private static Optional<Duration> awaitReady(ServiceInstance instance, Instant restored) {
    Instant deadline = restored.plus(Duration.ofMinutes(2));
    while (!instance.ready()) {
      if (Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      Pause.millis(100);
    }
    return Optional.of(Duration.between(restored, Instant.now()));
  }

  private static List<String> backoffRows(Map<String, RoutingDatabase.Row> rows, List<String> ids) {
    return ids.stream().map(rows::get).map(String::valueOf).toList();
  }
}

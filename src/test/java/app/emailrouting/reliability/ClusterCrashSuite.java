package app.emailrouting.reliability;

import app.emailrouting.support.CreateEmailLedger;
import app.emailrouting.support.GenesysFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL schema route a backlog while one of them crashes (SIGKILL) with
 * requests in flight. The survivor must finish every request, take the crashed instance's leases
 * back once they expire, and create at most one extra conversation per request that was in flight
 * at the crash (their outcome is unknown: Genesys may have created the email before the crash).
 */
class ClusterCrashSuite {

  private static final int LEASE_SECONDS = 20;
  private static final Duration RECLAIM_MARGIN = Duration.ofSeconds(5);
  private static final double KILL_AT_ROUTED = 0.3;
  private static final int POSTERS = 8;
  private static final String LEASE_EXPIRED = "dropped: its lease expired";
  private static final String ABANDONED = "not routed; retried when its lease expires";

  private static final Map<String, String> OPTIONS =
      Map.of(
          "routing.lease-seconds", String.valueOf(LEASE_SECONDS),
          "routing.unknown-outcome-delay-ms", "2000",
          "routing.sweep-interval-ms", "200",
          "routing.backoff.initial-ms", "500",
          "routing.sweep-stale-after-ms", "5000",
          "genesys.read-timeout-ms", "5000");

  /** Requests in progress when the instance was killed, and what the fake was answering then. */
  private record AtKill(
      Instant at, List<RoutingDatabase.Row> routing, int openExchanges, int routedAtKill) {}

  @Test
  void survivorFinishesEveryRequestAfterACrash() throws Exception {
    int requests = ReliabilitySettings.requests();
    RoutingDatabase.recreateSchema();
    String secretKey = ReliabilitySettings.secretKey();
    try (GenesysFake genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        ServiceInstance survivor = start(0, secretKey);
        ServiceInstance crashing = start(1, secretKey)) {
      genesys.unknownAfterMillis(9000);
      genesys.createDelay(100, 300);
      List<String> ids =
          IntStream.rangeClosed(1, requests).mapToObj("crash-%06d"::formatted).toList();
      var intake = new Intake(List.of(survivor.url(), crashing.url()));

      Instant started = Instant.now();
      var posting = Posters.postAll(intake, ids, POSTERS);
      awaitRouted((int) Math.ceil(requests * KILL_AT_ROUTED));
      AtKill atKill = kill(crashing, genesys);
      Optional<Duration> reclaim = awaitReclaimed(atKill);
      Set<String> accepted = posting.get(10, TimeUnit.MINUTES);
      Drain.Result drained =
          Drain.await(accepted.size(), Drain.allowance(Duration.ofMinutes(3), requests));

      Duration drain = drained.duration(started);
      CreateEmailLedger ledger = genesys.ledger();
      Map<String, RoutingDatabase.Row> rows = RoutingDatabase.byExternalId();
      new Figures("ClusterCrashSuite")
          .put("requests posted", requests)
          .put("requests accepted", accepted.size())
          .put("requests in the database", rows.size())
          .put("statuses", RoutingDatabase.countByStatus())
          .put("attempts by outcome", RoutingDatabase.attemptsByOutcome())
          .put("duplicates (conversations beyond one per request)", ledger.duplicates())
          .put(
              "duplicated requests (fake's ledger, service's attempts)",
              Checks.duplicatesExplained(ledger))
          .put("requests with duplicates", ledger.duplicated())
          .put("in flight at kill (ROUTING rows)", atKill.routing().size())
          .put(
              "ROUTING at kill",
              atKill.routing().stream().map(RoutingDatabase.Row::externalId).toList())
          .put("open create-email exchanges at kill", atKill.openExchanges())
          .put("routed at kill", atKill.routedAtKill())
          .put("lease", LEASE_SECONDS + " s")
          .put(
              "results dropped because their lease had expired (both logs)",
              survivor.logLines(LEASE_EXPIRED) + crashing.logLines(LEASE_EXPIRED))
          .put(
              "attempts abandoned until their lease expires (both logs)",
              survivor.logLines(ABANDONED) + crashing.logLines(ABANDONED))
          .put(
              "time to reclaim the crashed instance's leases",
              reclaim.map(ClusterCrashSuite::millis).orElse("NOT RECLAIMED"))
          .put("drain time (first post to last request finished)", drained.since(started))
          .put("rate (requests/s)", requests / (drain.toMillis() / 1000.0))
          .print();

      var softly = new SoftAssertions();
      softly.assertThat(drained.stuck()).as("requests unfinished after the drain").isEmpty();
      softly.assertThat(accepted).as("requests accepted").hasSize(requests);
      Checks.nothingLost(
          softly, accepted, rows, ledger, row -> "ROUTED".equals(row.status()), "ROUTED");
      softly
          .assertThat(ledger.duplicates())
          .as("duplicates, at most one per request ROUTING at the kill")
          .isLessThanOrEqualTo(atKill.routing().size());
      softly.assertThat(reclaim).as("leases held at the kill taken back").isPresent();
      reclaim.ifPresent(
          taken ->
              softly
                  .assertThat(taken)
                  .as(
                      "time to take back every lease held at the kill (lease %d s + %s)",
                      LEASE_SECONDS, RECLAIM_MARGIN)
                  .isLessThanOrEqualTo(Duration.ofSeconds(LEASE_SECONDS).plus(RECLAIM_MARGIN)));
      softly.assertAll();
    }
  }

  private static ServiceInstance start(int index, String secretKey) {
    return ServiceInstance.start(
        ReliabilitySettings.instance(
            "cluster-crash", index, ReliabilitySettings.dbUrl(), secretKey, OPTIONS));
  }

  private static void awaitRouted(int routed) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (RoutingDatabase.count("ROUTED") < routed) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Not " + routed + " routed within 5 minutes: " + RoutingDatabase.countByStatus());
      }
      Pause.millis(50);
    }
  }

  private static AtKill kill(ServiceInstance instance, GenesysFake genesys) {
    int open = genesys.openExchanges();
    instance.kill();
    Instant at = Instant.now();
    return new AtKill(
        at, RoutingDatabase.rows("status = 'ROUTING'"), open, RoutingDatabase.count("ROUTED"));
  }

  /**
   * Waits until every request ROUTING at the kill has changed hands (another lease, or finished):
   * the crashed instance's among them only come back once their lease expires.
   */
  private static Optional<Duration> awaitReclaimed(AtKill atKill) {
    Map<Long, String> leases =
        atKill.routing().stream()
            .collect(Collectors.toMap(RoutingDatabase.Row::id, RoutingDatabase::leaseOf));
    Instant deadline = atKill.at().plus(Duration.ofSeconds(LEASE_SECONDS * 6L + 60));
    while (Instant.now().isBefore(deadline)) {
      if (RoutingDatabase.stillHeld(leases).isEmpty()) {
        return Optional.of(Duration.between(atKill.at(), Instant.now()));
      }
      Pause.millis(100);
    }
    System.out.println("Leases held at the kill still held: " + RoutingDatabase.stillHeld(leases));
    return Optional.empty();
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }
}

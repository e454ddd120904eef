package app.emailrouting.reliability;

import app.emailrouting.support.CreateEmailLedger;
import app.emailrouting.support.GenesysFake;
import app.emailrouting.support.GenesysFake.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Genesys misbehaving in every way it does (a 429 storm with a long Retry-After, 5xx bursts, calls
 * that hang, connections reset, a 200 that is an HTML page) must not slow the intake of new routing
 * requests nor make the service look dead; once Genesys is calm again, every request finishes by
 * itself, and no request whose every call got a definite answer is sent twice.
 */
class FaultsSuite {

  private static final int POSTERS = 8;
  private static final Duration WARM_UP = Duration.ofSeconds(3);
  private static final double MIN_RATE_RATIO = 0.9;
  private static final List<Fault> FAULTS =
      List.of(Fault.SERVER_ERRORS, Fault.RESETS, Fault.UNREADABLE, Fault.HANGS, Fault.RATE_LIMITED);

  private static final Map<String, String> OPTIONS =
      Map.of(
          "routing.max-attempts", "20",
          "routing.lease-seconds", "60",
          "routing.unknown-outcome-delay-ms", "2000",
          "routing.backoff.initial-ms", "500",
          "routing.backoff.max-ms", "5000",
          "routing.sweep-interval-ms", "200",
          "genesys.read-timeout-ms", "5000",
          // open for 3 s, not 30: each fault phase meets routing again, not an open circuit
          "app.emailrouting.genesys.control.GenesysCalls/createEmail/CircuitBreaker/delay", "3");

  @Test
  void intakeKeepsItsPaceAndEveryRequestFinishesWhileGenesysMisbehaves() throws Exception {
    Duration window = window(ReliabilitySettings.requests());
    RoutingDatabase.recreateSchema();
    try (GenesysFake genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        ServiceInstance instance = start();
        HealthWatch live = new HealthWatch(instance, "health/live")) {
      genesys.unknownAfterMillis(4000);
      genesys.createDelay(5, 30);
      genesys.retryAfterSeconds(45);
      genesys.hangMillis(30_000);
      Set<String> accepted = ConcurrentHashMap.newKeySet();
      Map<Integer, Integer> refused = new ConcurrentHashMap<>();
      var rate = new IntakeRate();
      var stop = new AtomicBoolean();

      rate.open("warm-up");
      var posting =
          Posters.postWhile(
              new Intake(instance.url()),
              "faults",
              POSTERS,
              stop::get,
              accepted,
              rate::accepted,
              status -> refused.merge(status, 1, Integer::sum));
      Pause.millis(WARM_UP.toMillis());
      rate.open("calm");
      Pause.millis(window.toMillis());
      for (Fault fault : FAULTS) {
        genesys.fault(fault);
        rate.open("fault " + fault);
        Pause.millis(window.toMillis());
      }
      genesys.fault(Fault.NONE);
      rate.close();
      stop.set(true);
      posting.get(2, TimeUnit.MINUTES);
      Instant faultsEnded = Instant.now();
      Drain.Result drained =
          Drain.await(accepted.size(), Drain.allowance(Duration.ofMinutes(5), accepted.size()));

      CreateEmailLedger ledger = genesys.ledger();
      Map<String, RoutingDatabase.Row> rows = RoutingDatabase.byExternalId();
      double calm = rate.combined("calm").perSecond();
      double faulty = rate.combined("fault").perSecond();
      var figures =
          new Figures("FaultsSuite")
              .put("requests accepted", accepted.size())
              .put("requests in the database", rows.size())
              .put("intake refusals by status", refused)
              .put("statuses", RoutingDatabase.countByStatus())
              .put("failure reasons", failureReasons(rows))
              .put("attempts by outcome", RoutingDatabase.attemptsByOutcome());
      rate.windows().forEach(w -> figures.put("intake rate, " + w.name(), w));
      figures
          .put("intake rate calm (/s)", calm)
          .put("intake rate during faults (/s)", faulty)
          .put("ratio faults/calm", faulty / calm)
          .put(
              "lowest fault window/calm",
              rate.windows().stream()
                      .filter(w -> w.name().startsWith("fault"))
                      .mapToDouble(IntakeRate.Window::perSecond)
                      .min()
                      .orElse(0)
                  / calm)
          .put("/health/live answers by status", live.statuses())
          .put(
              "attempts abandoned until their lease expires (log)",
              instance.logLines("not routed; retried when its lease expires"))
          .put("duplicates, requests with definite answers only", duplicates(ledger, false))
          .put("duplicates, requests with an unknown outcome", duplicates(ledger, true))
          .put("requests with an unknown outcome", unknownOutcomes(ledger))
          .put(
              "duplicated requests (fake's ledger, service's attempts)",
              Checks.duplicatesExplained(ledger))
          .put("drain time after the faults", drained.since(faultsEnded))
          .print();

      var softly = new SoftAssertions();
      softly.assertThat(drained.stuck()).as("requests unfinished after the drain").isEmpty();
      softly
          .assertThat(faulty)
          .as("intake rate during faults (calm %.1f/s)", calm)
          .isGreaterThanOrEqualTo(MIN_RATE_RATIO * calm);
      softly.assertThat(live.failures()).as("/health/live answers other than 200").isZero();
      Checks.nothingLost(
          softly,
          accepted,
          rows,
          ledger,
          row -> endedAsExpected(row, ledger),
          "ROUTED, or FAILED REJECTED after an unreadable 2xx");
      softly
          .assertThat(duplicates(ledger, false))
          .as("duplicates among requests whose every call got a definite answer")
          .isZero();
      softly.assertAll();
    }
  }

  /** Each phase's length: up to 15 s, shorter for a short run (the hang phase still holds 30 s). */
  private static Duration window(int requests) {
    return Duration.ofSeconds(Math.max(5, Math.min(15, requests / 650)));
  }

  private static ServiceInstance start() {
    return ServiceInstance.start(
        ReliabilitySettings.instance(
            "faults", 0, ReliabilitySettings.dbUrl(), ReliabilitySettings.secretKey(), OPTIONS));
  }

  private static boolean endedAsExpected(RoutingDatabase.Row row, CreateEmailLedger ledger) {
    if ("ROUTED".equals(row.status())) {
      return true;
    }
    return "FAILED".equals(row.status())
        && "REJECTED".equals(row.failureReason())
        && ledger.entry(row.externalId()).unreadable();
  }

  private static int duplicates(CreateEmailLedger ledger, boolean unknownOutcome) {
    return ledger.entries().values().stream()
        .filter(entry -> entry.unknownOutcome() == unknownOutcome)
        .mapToInt(CreateEmailLedger.Entry::duplicates)
        .sum();
  }

  private static long unknownOutcomes(CreateEmailLedger ledger) {
    return ledger.entries().values().stream()
        .filter(CreateEmailLedger.Entry::unknownOutcome)
        .count();
  }

  private static Map<String, Long> failureReasons(Map<String, RoutingDatabase.Row> rows) {
    return rows.values().stream()
        .filter(row -> row.failureReason() != null)
        .collect(
            java.util.stream.Collectors.groupingBy(
                RoutingDatabase.Row::failureReason,
                java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
  }
}

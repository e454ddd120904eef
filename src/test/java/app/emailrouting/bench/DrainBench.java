package app.emailrouting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.reliability.Intake;
import app.emailrouting.reliability.ReliabilitySettings;
import app.emailrouting.reliability.RoutingDatabase;
import app.emailrouting.reliability.ServiceInstance;
import app.emailrouting.support.GenesysFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * P2, drain at Genesys' limit: a backlog of routing requests against a Genesys fake that enforces
 * 300 create email calls per minute per token, as Genesys does, and answers 429 past it. The
 * baseline is the limit itself: the best any client can do.
 */
class DrainBench {

  private static final int LIMIT = 300;
  private static final int BACKLOG = Integer.getInteger("bench.drain.requests", 3_000);

  @Test
  void a_backlog_drains_at_the_limit_without_a_429() throws Exception {
    RoutingDatabase.recreateSchema();
    try (var genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort())) {
      genesys.limitPerMinute(LIMIT);
      try (var service = start()) {
        var intake = new Intake(service.url());
        IntStream.range(0, BACKLOG)
            .parallel()
            .forEach(i -> assertThat(intake.post(i, "drain-" + i).accepted()).isTrue());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(BACKLOG / LIMIT + 3));
        while (RoutingDatabase.count("ROUTED") < BACKLOG && Instant.now().isBefore(deadline)) {
          Thread.sleep(1_000);
        }
        List<GenesysFake.Call> created =
            genesys.calls("/api/v2/conversations/emails").stream()
                .filter(call -> genesys.answeredStatus(call) == 200)
                .toList();
        int routed = RoutingDatabase.count("ROUTED");
        Duration span = Duration.between(created.get(0).at(), created.get(created.size() - 1).at());
        double perMinute = (created.size() - 1) / (span.toNanos() / 60e9);
        int tooMany = genesys.overLimitAnswers();
        System.out.printf(
            "%d of %d routed, %d emails created in %.1f s: %.1f/min, %d answered 429%n",
            routed, BACKLOG, created.size(), span.toMillis() / 1000.0, perMinute, tooMany);

        assertThat(routed).as("routed").isEqualTo(BACKLOG);
        BenchTable.add(
            new BenchTable.Row(
                "P2 drain of " + BACKLOG + " at Genesys' limit",
                BenchTable.number(perMinute, "created/min") + ", " + tooMany + " x 429",
                LIMIT + " calls/min (the limit)",
                BenchTable.ratio(perMinute, LIMIT),
                ">= 0.97x, 0 x 429",
                perMinute >= 0.97 * LIMIT && tooMany == 0));
      }
    }
  }

  /** The service with its default pacing (genesys.rate-limit.per-minute 300). */
  private static ServiceInstance start() {
    return BenchService.start(Map.of("genesys.rate-limit.per-minute", String.valueOf(LIMIT)));
  }
}

package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.ApiResponse;
import app.emailrouting.routing.entity.AttemptOutcome;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import app.emailrouting.sandbox.control.Sandbox;
import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Deployments;
import app.emailrouting.support.InTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The routing pipeline inside the running service, on its real database, against the sandbox. */
@ExtendWith(ArquillianExtension.class)
class RoutingPipelineIT {

  private static final int REQUESTS = 2_000;

  @Deployment
  static WebArchive service() {
    return Deployments.service()
        .addClasses(RoutingPipelineIT.class, InTransaction.class)
        .addAsLibrary(
            new File(
                Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
  }

  @Inject RoutingRequestStore store;
  @Inject RoutingClaims claims;
  @Inject Router router;
  @Inject RoutingPipelineStore pipeline;
  @Inject Sandbox sandbox;
  @Inject InTransaction inTransaction;
  @Inject app.emailrouting.connection.control.ConnectionSettingsStore connection;

  @org.junit.jupiter.api.BeforeEach
  void routeToTheSandbox() {
    connection.change(
        app.emailrouting.connection.control.ConnectionChange.of("sandbox", null, null, null, null));
  }

  @PersistenceContext EntityManager em;

  private static RoutingRequest request(String marker, int i) {
    return RoutingRequest.receive(
        marker + "-" + i,
        new RoutingOptions(SeedData.SUPPORT_QUEUE_ID, null, List.of(), null, null),
        new EmailDetails(null, "Load " + i, null, null, null, marker + "-" + i, Map.of()),
        Instant.now());
  }

  /** One sweeper: claims due requests and routes them, until none is left for it. */
  private int sweepUntilDone() {
    int routed = 0;
    Instant stop = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(stop)) {
      Instant now = Instant.now();
      List<RoutingClaims.Claim> claimed = claims.claimDue(25, now, now.plusSeconds(120));
      if (claimed.isEmpty()) {
        return routed;
      }
      claimed.forEach(router::route);
      routed += claimed.size();
    }
    return routed;
  }

  @Test
  void two_sweepers_route_two_thousand_requests_exactly_once() throws Exception {
    String marker = "load-" + UUID.randomUUID();
    long createdBefore = sandbox.conversationsCreated();
    inTransaction.run(
        em -> {
          for (int i = 0; i < REQUESTS; i++) {
            em.persist(request(marker, i));
          }
        });

    Instant started = Instant.now();
    var first = CompletableFuture.supplyAsync(this::sweepUntilDone);
    var second = CompletableFuture.supplyAsync(this::sweepUntilDone);
    int routedByTests = first.get() + second.get();
    awaitNoneInFlight(marker);

    List<RoutingRequest> loaded =
        em.createQuery(
                "SELECT r FROM RoutingRequest r WHERE r.externalId LIKE :marker",
                RoutingRequest.class)
            .setParameter("marker", marker + "-%")
            .getResultList();
    assertThat(loaded).hasSize(REQUESTS);
    assertThat(loaded)
        .allSatisfy(request -> assertThat(request.status()).isEqualTo(RoutingStatus.ROUTED));
    assertThat(new HashSet<>(loaded.stream().map(RoutingRequest::conversationId).toList()))
        .hasSize(REQUESTS);
    long routedAttempts =
        em.createQuery(
                "SELECT COUNT(a) FROM RoutingAttempt a WHERE a.routingRequest.externalId LIKE :marker"
                    + " AND a.outcome = :routed",
                Long.class)
            .setParameter("marker", marker + "-%")
            .setParameter("routed", AttemptOutcome.ROUTED)
            .getSingleResult();
    long duplicates = sandbox.conversationsCreated() - createdBefore - REQUESTS;
    report(
        String.format(
            "two sweepers on one database: %d requests, %d routed by the two test sweepers, %d by"
                + " the scheduled sweeper, duplicate conversations: %d, in %d ms%n",
            REQUESTS,
            routedByTests,
            REQUESTS - routedByTests,
            duplicates,
            Duration.between(started, Instant.now()).toMillis()));
    assertThat(routedAttempts).isEqualTo(REQUESTS);
    assertThat(duplicates).isZero();
  }

  @Inject RoutingDispatcher dispatcher;

  /**
   * A backlog drains as fast as attempts finish, not one batch (routing.max-in-flight, 16) per
   * timer tick (1 s): 320 requests, 20 batches, would take at least 19 s one batch per tick.
   */
  @Test
  void a_backlog_is_claimed_again_as_attempts_finish_not_once_per_tick() throws Exception {
    String marker = "backlog-" + UUID.randomUUID();
    int backlog = 320;
    inTransaction.run(
        em -> {
          for (int i = 0; i < backlog; i++) {
            em.persist(request(marker, i));
          }
        });
    long start = System.nanoTime();
    dispatcher.sweep();
    long routed = 0;
    while (routed < backlog && System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
      Thread.sleep(100);
      routed =
          em.createQuery(
                  "SELECT COUNT(r) FROM RoutingRequest r WHERE r.externalId LIKE :marker"
                      + " AND r.status = app.emailrouting.routing.entity.RoutingStatus.ROUTED",
                  Long.class)
              .setParameter("marker", marker + "-%")
              .getSingleResult();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    report(
        "backlog of " + backlog + " routed in " + took.toMillis() + " ms" + System.lineSeparator());
    assertThat(routed).isEqualTo(backlog);
    assertThat(took).as("well under one batch per tick (19 s)").isLessThan(Duration.ofSeconds(10));
  }

  /** The scheduled sweeper's last attempts may still be under way when the test sweepers stop. */
  private void awaitNoneInFlight(String marker) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline) && inFlight(marker) > 0) {
      Thread.sleep(100);
    }
  }

  private long inFlight(String marker) {
    return em.createQuery(
            "SELECT COUNT(r) FROM RoutingRequest r WHERE r.externalId LIKE :marker"
                + " AND r.status IN :statuses",
            Long.class)
        .setParameter("marker", marker + "-%")
        .setParameter("statuses", List.of(RoutingStatus.PENDING, RoutingStatus.ROUTING))
        .getSingleResult();
  }

  /** Figures for the closing note: in target/, next to the test database. */
  private static void report(String line) throws java.io.IOException {
    var file =
        java.nio.file.Path.of(System.getProperty("data.dir", "target"))
            .toAbsolutePath()
            .resolveSibling("routing-figures.txt");
    java.nio.file.Files.writeString(
        file,
        line,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void a_request_whose_lease_expired_is_taken_back_as_an_unknown_attempt_then_routed()
      throws Exception {
    var request = request("crashed-" + UUID.randomUUID(), 0);
    Instant past = Instant.now().minusSeconds(300);
    inTransaction.run(
        em -> {
          em.persist(request);
          request.claim("lease-of-a-crashed-instance", past, past);
        });

    Instant deadline = Instant.now().plusSeconds(10);
    RoutingRequest read = store.find(request.id()).orElseThrow();
    while (read.status() != RoutingStatus.ROUTED && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      read = store.find(request.id()).orElseThrow();
    }
    assertThat(read.status()).isEqualTo(RoutingStatus.ROUTED);
    assertThat(read.failedAttempts()).isEqualTo(1);
    assertThat(store.attemptsOf(request.id()))
        .extracting(RoutingAttempt::outcome)
        .containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.ROUTED);
    assertThat(store.attemptsOf(request.id()).get(0).apiResponse().code())
        .isEqualTo(RoutingRequest.LEASE_EXPIRED);
  }

  @Test
  void a_result_is_not_recorded_once_the_lease_is_lost() throws Exception {
    var request = store.insert(request("lost-" + UUID.randomUUID(), 0));
    Instant now = Instant.now();
    List<RoutingClaims.Claim> mine = claims.claimOne(request.id(), now, now.plusSeconds(120));
    var stale =
        new RoutingClaims.Claim(mine.get(0).request(), "someone-else", mine.get(0).leaseUntil());

    router.route(stale);

    assertThat(store.attemptsOf(request.id())).isEmpty();
    assertThat(store.find(request.id()).orElseThrow().isLeasedBy(mine.get(0).leaseToken()))
        .isTrue();
  }

  @Test
  void a_refusal_for_a_call_out_when_routing_paused_sends_the_request_back_to_waiting() {
    pipeline.pause(FailureReason.BAD_CREDENTIALS, "revoked by the test");
    try {
      // a queue the sandbox does not have: routed after this test, it fails, creating nothing
      var request =
          store.insert(
              RoutingRequest.receive(
                  "paused-" + UUID.randomUUID(),
                  new RoutingOptions("no-such-queue", null, List.of(), null, null),
                  new EmailDetails(null, "Paused", null, null, null, null, Map.of()),
                  Instant.now()));
      Instant now = Instant.now();
      var claim = claims.claimOne(request.id(), now, now.plusSeconds(120)).get(0);

      router.record(
          claim,
          new AttemptResult.Failed(
              FailureReason.BAD_CREDENTIALS,
              false,
              null,
              true,
              ApiResponse.local("invalid_client", "revoked", now)),
          now,
          Duration.ZERO);

      RoutingRequest read = store.find(request.id()).orElseThrow();
      assertThat(read.status()).isEqualTo(RoutingStatus.PENDING);
      assertThat(read.failedAttempts()).isZero();
      assertThat(store.attemptsOf(request.id())).isEmpty();
    } finally {
      pipeline.resume("test", "the test is over");
    }
  }
}

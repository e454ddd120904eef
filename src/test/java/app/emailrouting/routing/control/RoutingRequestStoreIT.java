package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import app.emailrouting.support.Deployments;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store inside the running service, on its real database. */
@ExtendWith(ArquillianExtension.class)
class RoutingRequestStoreIT {

  @Deployment
  static WebArchive service() {
    return Deployments.service()
        .addClasses(RoutingRequestStoreIT.class, app.emailrouting.support.InTransaction.class)
        .addAsLibrary(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }

  @Inject RoutingRequestStore store;
  @Inject RoutingRequestIntake intake;

  private static RoutingRequest request(String externalId, Instant at) {
    return RoutingRequest.receive(
        externalId,
        new RoutingOptions("queue", null, List.of("skill"), null, 3),
        new EmailDetails(null, "subject", null, null, null, "pop", Map.of("k", "v")),
        at);
  }

  @Test
  void keyset_pages_never_repeat_or_skip_requests_received_in_the_same_microsecond() {
    String marker = "tie-" + UUID.randomUUID();
    Instant sameTime = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(store.insert(request(marker + "-" + i, sameTime)).id());
    }

    List<Long> seen = new ArrayList<>();
    Optional<ListCursor> after = Optional.empty();
    do {
      var page =
          store.list(
              new RoutingRequestQuery(
                  new RoutingRequestFilter(
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(marker),
                      List.of(),
                      Optional.empty()),
                  after,
                  2));
      page.items().forEach(request -> seen.add(request.id()));
      after = page.next();
    } while (after.isPresent());

    assertThat(seen)
        .containsExactlyElementsOf(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList());
  }

  @Test
  void a_stored_request_reads_back_with_every_field_and_its_attempts() {
    String externalId = "fields-" + UUID.randomUUID();
    var stored = store.insert(request(externalId, Instant.now()));

    var read = store.find(stored.id()).orElseThrow();
    assertThat(read.externalId()).isEqualTo(externalId);
    assertThat(stored.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(read.options()).isEqualTo(stored.options());
    assertThat(read.email()).isEqualTo(stored.email());
    assertThat(read.createdAt()).isEqualTo(stored.createdAt());
    assertThat(store.findByExternalId(externalId)).map(RoutingRequest::id).contains(stored.id());
  }

  @Test
  void intake_returns_the_stored_request_for_a_known_external_id() {
    String externalId = "twice-" + UUID.randomUUID();
    var first = intake.accept(request(externalId, Instant.now()));
    var second = intake.accept(request(externalId, Instant.now()));

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.request().id()).isEqualTo(first.request().id());
  }

  @Inject app.emailrouting.connection.control.ConnectionSettingsStore connection;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Test
  void the_client_secret_is_stored_encrypted_and_reads_back() {
    String secret = "plain-" + UUID.randomUUID();
    var stored =
        connection.change(
            app.emailrouting.connection.control.ConnectionChange.of(
                "sandbox", null, null, "client", secret));

    Object column =
        em.createNativeQuery("SELECT client_secret_encrypted FROM genesys_connection")
            .getSingleResult();
    assertThat(String.valueOf(column)).doesNotContain(secret).startsWith("v1:");
    assertThat(connection.clientSecret(stored)).contains(secret);
    connection.change(
        app.emailrouting.connection.control.ConnectionChange.of("sandbox", null, null, null, ""));
  }

  @Test
  void a_failed_request_keeps_its_attempt_with_the_api_response() {
    var failed =
        store.insert(
            RoutingRequest.receive(
                "no-target-" + UUID.randomUUID(),
                new RoutingOptions(null, null, null, null, null),
                new EmailDetails(null, null, null, null, null, null, null),
                Instant.now()));

    var attempts = store.attemptsOf(failed.id());
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).apiResponse().code()).isEqualTo("queue.or.flow.required");
    assertThat(store.find(failed.id()).orElseThrow().apiResponse().code())
        .isEqualTo("queue.or.flow.required");
  }

  @Inject app.emailrouting.support.InTransaction inTransaction;
  @Inject RoutingActivity activity;

  @Test
  void an_export_of_10000_requests_parses_back_with_every_value() throws Exception {
    String marker = "export-" + UUID.randomUUID();
    String awkward = "Re: \"quoted\", comma; new\nline " + marker;
    inTransaction.run(
        em -> {
          for (int i = 0; i < 10_000; i++) {
            em.persist(
                RoutingRequest.receive(
                    marker + "-" + i,
                    // a queue and a flow: failed at once as INVALID_FLOW, never routed meanwhile
                    new RoutingOptions("queue-" + i, "flow", List.of("a", "b"), null, i % 5),
                    new EmailDetails(
                        null, i == 0 ? "=HYPERLINK(\"x\")" : awkward, null, null, null, null, null),
                    Instant.now()));
          }
        });

    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:"
                                + System.getProperty("port")
                                + "/api/routing-requests/export?format=csv&q="
                                + marker))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + System.getProperty("admin.password"))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"routing-requests-");
    var records = new ArrayList<org.apache.commons.csv.CSVRecord>();
    try (var parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                new java.io.InputStreamReader(
                    response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
      parser.forEach(records::add);
    }

    assertThat(records).hasSize(10_000);
    var byExternalId = new java.util.HashMap<String, org.apache.commons.csv.CSVRecord>();
    records.forEach(record -> byExternalId.put(record.get("externalId"), record));
    assertThat(byExternalId).hasSize(10_000);
    var one = byExternalId.get(marker + "-7");
    assertThat(one.get("subject")).isEqualTo(awkward);
    assertThat(one.get("queueId")).isEqualTo("queue-7");
    assertThat(one.get("skillIds")).isEqualTo("a;b");
    assertThat(one.get("priority")).isEqualTo("2");
    assertThat(one.get("status")).isEqualTo("FAILED");
    assertThat(one.get("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(byExternalId.get(marker + "-0").get("subject"))
        .as("a formula stays text")
        .isEqualTo("'=HYPERLINK(\"x\")");
    inTransaction.run(
        em ->
            em.createQuery("DELETE FROM RoutingRequest r WHERE r.subject LIKE :marker")
                .setParameter("marker", "%" + marker + "%")
                .executeUpdate());
  }

  @Test
  void a_closed_hour_is_counted_once_and_kept_after_its_requests_are_deleted() throws Exception {
    Instant hour =
        Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
            .minus(java.time.Duration.ofDays(300));
    Instant next = hour.plus(java.time.Duration.ofHours(1));
    var before = activity.hourly(hour, next).get(0);
    var received = new ArrayList<RoutingRequest>();
    inTransaction.run(
        em -> {
          em.createNativeQuery("DELETE FROM routing_activity_hour WHERE hour_start = ?1")
              .setParameter(1, hour.atOffset(java.time.ZoneOffset.UTC))
              .executeUpdate();
          for (int i = 0; i < 3; i++) {
            var failed =
                RoutingRequest.receive(
                    "old-" + UUID.randomUUID(),
                    new RoutingOptions(null, null, null, null, null),
                    new EmailDetails(null, null, null, null, null, null, null),
                    hour.plusSeconds(60L * i));
            em.persist(failed);
            received.add(failed);
          }
        });

    var counted = activity.hourly(hour, next).get(0);
    assertThat(counted.start()).isEqualTo(hour);
    assertThat(counted.received()).isEqualTo(before.received() + 3);
    assertThat(counted.failed()).isEqualTo(before.failed() + 3);

    inTransaction.run(
        em -> received.forEach(request -> em.remove(em.find(RoutingRequest.class, request.id()))));
    assertThat(activity.hourly(hour, next).get(0)).as("kept, not counted again").isEqualTo(counted);
  }

  @Test
  void a_search_finds_a_request_by_the_api_response_of_its_last_attempt() {
    String answer = "genesys-answer-" + UUID.randomUUID();
    Instant now = Instant.now();
    // received in an hour: not due, so the deployment's routing sweep never claims it meanwhile
    var stored = store.insert(request("answer-" + UUID.randomUUID(), now.plusSeconds(3600)));
    inTransaction.run(
        em -> {
          var failed = em.find(RoutingRequest.class, stored.id());
          failed.claim("lease", now.plusSeconds(120), now);
          failed.record(
              new app.emailrouting.routing.entity.AttemptResult.Failed(
                  app.emailrouting.routing.entity.FailureReason.INVALID_ROUTING_OPTIONS,
                  false,
                  java.time.Duration.ZERO,
                  false,
                  new app.emailrouting.routing.entity.ApiResponse(
                      400, "bad.request", "Queue " + answer + " not found", null, "{}", "c", now)),
              now,
              java.time.Duration.ofMillis(40),
              new app.emailrouting.routing.entity.RetryPolicy(
                  3,
                  java.time.Duration.ofSeconds(5),
                  3,
                  java.time.Duration.ofMinutes(15),
                  0,
                  java.time.Duration.ofMinutes(2)),
              now);
        });

    var found =
        store.list(
            new RoutingRequestQuery(
                new RoutingRequestFilter(
                    Optional.of(RoutingStatus.FAILED),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(answer.toUpperCase(java.util.Locale.ROOT)),
                    List.of(),
                    Optional.empty()),
                Optional.empty(),
                10));
    assertThat(found.items()).extracting(RoutingRequest::id).containsExactly(stored.id());
  }

  @Inject RoutedCount routedCount;

  @Test
  void routed_requests_are_counted_before_and_after_their_tally_moves_past_them() {
    // the tally an hour earlier than it was, still true: those routed in that hour are taken off
    inTransaction.run(
        em ->
            em.createNativeQuery(
                    "UPDATE routed_tally SET counted_before = counted_before - INTERVAL '1' HOUR,"
                        + " routed = routed - (SELECT COUNT(*) FROM routing_attempt"
                        + " WHERE outcome = 'ROUTED'"
                        + " AND started_at >= routed_tally.counted_before - INTERVAL '1' HOUR"
                        + " AND started_at < routed_tally.counted_before)")
                .executeUpdate());
    Instant countedBefore = tally().countedBefore();
    Instant routedAt = countedBefore.plusSeconds(60);
    inTransaction.run(
        em -> {
          for (int i = 0; i < 3; i++) {
            var routed = request("tally-" + UUID.randomUUID(), routedAt.minusSeconds(1));
            routed.claim("lease", routedAt.plusSeconds(120), routedAt);
            routed.record(
                new app.emailrouting.routing.entity.AttemptResult.Routed(
                    "conversation-" + i,
                    new app.emailrouting.routing.entity.ApiResponse(
                        200, null, "Created", null, "{}", "correlation", routedAt)),
                routedAt,
                java.time.Duration.ofMillis(40),
                new app.emailrouting.routing.entity.RetryPolicy(
                    3,
                    java.time.Duration.ofSeconds(5),
                    3,
                    java.time.Duration.ofMinutes(15),
                    0,
                    java.time.Duration.ofMinutes(2)),
                routedAt);
            em.persist(routed);
          }
        });

    assertThat(routedInSummaryAsCounted()).as("routed since the tally, counted live").isTrue();
    assertThat(tally().countedBefore())
        .as("the summary moved the tally forward, past the three")
        .isAfter(Instant.now().minus(java.time.Duration.ofMinutes(25)))
        .isAfter(routedAt);
    assertThat(routedInSummaryAsCounted()).as("counted in the tally").isTrue();
  }

  private app.emailrouting.routing.entity.RoutedTally tally() {
    return em.find(
        app.emailrouting.routing.entity.RoutedTally.class,
        app.emailrouting.routing.entity.RoutedTally.ID);
  }

  /**
   * Whether the summary's routed count is that of every routed row, read between two counts that
   * agree (routing may go on meanwhile: a few tries).
   */
  private boolean routedInSummaryAsCounted() {
    for (int i = 0; i < 5; i++) {
      long before = store.countWith(RoutingStatus.ROUTED);
      long summary = store.summary().byStatus().get(RoutingStatus.ROUTED);
      long after = store.countWith(RoutingStatus.ROUTED);
      if (before == after) {
        return summary == before;
      }
    }
    throw new IllegalStateException("Routing never paused long enough to compare the counts");
  }
}

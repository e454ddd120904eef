package app.emailrouting.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The intake API over real HTTP, on the service's own WAR and database. */
@ServiceTest
class RoutingRequestsIT {

  /** A queue of the sandbox, so that requests meant to route do route. */
  private static final String QUEUE = SandboxSeed.SUPPORT_QUEUE;

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  @org.junit.jupiter.api.BeforeEach
  void routeToTheSandbox() {
    api().useSandbox();
  }

  private Answer accept(String json) {
    return api().post("api/routing-requests", json);
  }

  @Test
  void accepts_a_routing_request_and_keeps_every_field() {
    String externalId = unique("full");
    Answer accepted =
        accept(
            """
            {"externalId": "%s", "queueId": "queue-1", "skillIds": ["skill-1", "skill-2"],
             "languageId": "lang-fr", "priority": 7, "screenPopId": "5005g00000XyZ",
             "attributes": {"Case Number": "00001234", "Région": "Île-de-France"},
             "subject": "Facture erronée", "fromAddress": "jane@example.com",
             "fromName": "Jane Doe", "toAddress": "support@example.com"}
            """
                .formatted(externalId));

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    assertThat(accepted.json().getString("status")).isEqualTo("PENDING");
    assertThat(accepted.header("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .endsWith("/api/routing-requests/" + accepted.json().getJsonNumber("id")));
    JsonObject read =
        api()
            .get(accepted.header("Location").orElseThrow().replaceFirst("^.*?/api/", "api/"))
            .json();
    assertThat(read.getString("externalId")).isEqualTo(externalId);
    assertThat(read.getString("queueId")).isEqualTo("queue-1");
    assertThat(read.get("flowId")).isEqualTo(JsonValue.NULL);
    assertThat(read.getJsonArray("skillIds").getValuesAs(JsonString::getString))
        .containsExactly("skill-1", "skill-2");
    assertThat(read.getString("languageId")).isEqualTo("lang-fr");
    assertThat(read.getInt("priority")).isEqualTo(7);
    assertThat(read.getString("screenPopId")).isEqualTo("5005g00000XyZ");
    assertThat(read.getJsonObject("attributes").getString("Région")).isEqualTo("Île-de-France");
    assertThat(read.getString("provider")).isEqualTo("Salesforce");
    assertThat(read.getString("subject")).isEqualTo("Facture erronée");
    assertThat(read.getString("fromAddress")).isEqualTo("jane@example.com");
    assertThat(read.getString("fromName")).isEqualTo("Jane Doe");
    assertThat(read.getString("toAddress")).isEqualTo("support@example.com");
    assertThat(read.getInt("version")).isPositive();
    assertThat(read.getString("createdAt")).isNotBlank();
  }

  @Test
  void the_same_external_id_again_answers_200_with_the_stored_request() {
    String externalId = unique("again");
    Answer first =
        accept(("{\"externalId\": \"%s\", \"queueId\": \"" + QUEUE + "\"}").formatted(externalId));
    Answer second = accept("{\"externalId\": \"%s\", \"flowId\": \"other\"}".formatted(externalId));

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    assertThat(second.header("Location")).isEmpty();
    assertThat(second.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(second.json().getString("queueId")).isEqualTo(QUEUE);
    assertThat(listed("q=" + externalId)).hasSize(1);
  }

  @Test
  void twenty_identical_posts_racing_create_exactly_one_request() throws Exception {
    String body =
        ("{\"externalId\": \"%s\", \"queueId\": \"" + QUEUE + "\"}").formatted(unique("race"));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    var start = new CountDownLatch(1);
    try {
      List<CompletableFuture<Answer>> posts =
          IntStream.range(0, 20)
              .mapToObj(
                  i -> CompletableFuture.supplyAsync(() -> awaitThenAccept(start, body), pool))
              .toList();
      start.countDown();
      List<Answer> answers = posts.stream().map(CompletableFuture::join).toList();

      assertThat(answers).extracting(Answer::status).containsOnly(200, 202);
      assertThat(answers).filteredOn(answer -> answer.status() == 202).hasSize(1);
      assertThat(answers)
          .extracting(answer -> answer.json().getJsonNumber("id"))
          .containsOnly(answers.get(0).json().getJsonNumber("id"));
    } finally {
      pool.shutdownNow();
    }
  }

  private Answer awaitThenAccept(CountDownLatch start, String body) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return accept(body);
  }

  @Test
  void a_request_without_queue_or_flow_is_stored_and_fails_as_invalid_flow() {
    Answer accepted =
        accept("{\"externalId\": \"%s\", \"queueId\": \"  \"}".formatted(unique("no-target")));

    assertThat(accepted.status()).isEqualTo(202);
    JsonObject read = readBack(accepted);
    assertThat(read.getString("status")).isEqualTo("FAILED");
    assertThat(read.getString("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(read.getInt("failedAttempts")).isEqualTo(1);
    JsonObject apiResponse = read.getJsonObject("apiResponse");
    assertThat(apiResponse.getString("code")).isEqualTo("queue.or.flow.required");
    assertThat(apiResponse.getString("message")).contains("neither queueId nor flowId");
    assertThat(apiResponse.get("httpStatus")).isEqualTo(JsonValue.NULL);
    assertThat(read.getJsonArray("attempts")).hasSize(1);
    JsonObject attempt = read.getJsonArray("attempts").getJsonObject(0);
    assertThat(attempt.getString("outcome")).isEqualTo("FAILED");
    assertThat(attempt.getJsonObject("apiResponse").getString("code"))
        .isEqualTo("queue.or.flow.required");
  }

  @Test
  void a_request_with_both_queue_and_flow_fails_as_invalid_flow() {
    Answer accepted =
        accept(
            ("{\"externalId\": \"%s\", \"queueId\": \"" + QUEUE + "\", \"flowId\": \"f\"}")
                .formatted(unique("both")));

    JsonObject read = readBack(accepted);
    assertThat(read.getString("status")).isEqualTo("FAILED");
    assertThat(read.getString("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(read.getJsonObject("apiResponse").getString("code"))
        .isEqualTo("queue.and.flow.both.given");
    assertThat(read.getString("queueId")).isEqualTo(QUEUE);
    assertThat(read.getString("flowId")).isEqualTo("f");
  }

  private JsonObject readBack(Answer accepted) {
    return api().get("api/routing-requests/" + accepted.json().getJsonNumber("id")).json();
  }

  /** One bad input and the answer it must get. */
  record BadInput(
      String name, String contentType, String body, int status, String type, String field) {}

  @Test
  void bad_inputs_get_a_clear_4xx_and_change_nothing_stored() {
    String storedId = unique("stored");
    JsonObject stored =
        awaitFinal(
            accept(
                    ("{\"externalId\": \"%s\", \"queueId\": \""
                            + QUEUE
                            + "\", \"subject\": \"kept\"}")
                        .formatted(storedId))
                .json()
                .getJsonNumber("id")
                .longValue());
    long totalBefore =
        api().get("api/routing-requests/summary").json().getJsonNumber("total").longValue();
    String marker = unique("bad");
    String longText = "x".repeat(2001);
    List<BadInput> table =
        List.of(
            new BadInput(
                "malformed JSON",
                "application/json",
                "{\"externalId\": \"" + marker,
                400,
                "/problems/malformed-json",
                null),
            new BadInput(
                "not an object",
                "application/json",
                "[\"" + marker + "\"]",
                400,
                "/problems/malformed-json",
                null),
            new BadInput(
                "empty body", "application/json", "", 400, "/problems/malformed-json", null),
            new BadInput(
                "missing externalId",
                "application/json",
                "{\"queueId\": \"" + marker + "\"}",
                400,
                "/problems/invalid-request",
                "externalId"),
            new BadInput(
                "empty externalId",
                "application/json",
                "{\"externalId\": \"\", \"subject\": \"" + marker + "\"}",
                400,
                "/problems/invalid-request",
                "externalId"),
            new BadInput(
                "externalId over 255",
                "application/json",
                "{\"externalId\": \"" + marker + "x".repeat(256) + "\"}",
                400,
                "/problems/invalid-request",
                "externalId"),
            new BadInput(
                "priority of the wrong type",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"priority\": \"high\"}",
                400,
                "/problems/malformed-json",
                "priority"),
            new BadInput(
                "skillIds of the wrong type",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"skillIds\": \"s\"}",
                400,
                "/problems/malformed-json",
                "skillIds"),
            new BadInput(
                "negative priority",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"priority\": -1}",
                400,
                "/problems/invalid-request",
                "priority"),
            new BadInput(
                "subject over 2000",
                "application/json",
                "{\"externalId\": \"" + storedId + "\", \"subject\": \"" + longText + "\"}",
                400,
                "/problems/invalid-request",
                "subject"),
            new BadInput(
                "blank skill id",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"skillIds\": [\"\"]}",
                400,
                "/problems/invalid-request",
                "skillIds[0]"),
            new BadInput(
                "too many attributes",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"attributes\": " + attributes(51) + "}",
                400,
                "/problems/invalid-request",
                "attributes"),
            new BadInput(
                "reserved provider",
                "application/json",
                "{\"externalId\": \"" + marker + "\", \"provider\": \"PureCloud Email\"}",
                400,
                "/problems/invalid-request",
                "provider"),
            new BadInput(
                "body over 256 KiB",
                "application/json",
                "{\"externalId\": \""
                    + marker
                    + "\", \"subject\": \""
                    + "y".repeat(270_000)
                    + "\"}",
                413,
                "/problems/request-too-large",
                null),
            new BadInput(
                "wrong media type",
                "text/plain",
                "externalId=" + marker,
                415,
                "about:blank",
                null));

    for (BadInput bad : table) {
      Answer answer =
          api()
              .send(
                  "POST",
                  "api/routing-requests",
                  bad.contentType(),
                  BodyPublishers.ofString(bad.body()));
      assertThat(answer.status()).as(bad.name() + ": " + answer).isEqualTo(bad.status());
      assertThat(answer.contentType()).as(bad.name()).startsWith("application/problem+json");
      JsonObject problem = answer.json();
      assertThat(problem.getString("type")).as(bad.name()).isEqualTo(bad.type());
      assertThat(problem.getInt("status")).as(bad.name()).isEqualTo(bad.status());
      assertThat(problem.getString("title")).as(bad.name()).isNotBlank();
      assertThat(problem.getString("detail")).as(bad.name()).isNotBlank();
      assertThat(answer.text()).as(bad.name()).doesNotContain("Exception", "\tat ");
      if (bad.field() != null) {
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
            .as(bad.name())
            .extracting(error -> error.getString("field"))
            .contains(bad.field());
      }
    }

    assertThat(listed("q=" + marker)).isEmpty();
    assertThat(api().get("api/routing-requests/summary").json().getJsonNumber("total").longValue())
        .isEqualTo(totalBefore);
    JsonObject after = api().get("api/routing-requests/" + stored.getJsonNumber("id")).json();
    assertThat(after.getString("subject")).isEqualTo("kept");
    assertThat(after.getInt("version")).isEqualTo(stored.getInt("version"));
  }

  private static String attributes(int count) {
    var entries = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      entries.add("\"k" + i + "\": \"v\"");
    }
    return "{" + String.join(", ", entries) + "}";
  }

  @Test
  void the_list_pages_newest_first_without_repeating_or_skipping() {
    String marker = unique("page");
    List<String> posted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String externalId = marker + "-" + i;
      accept(("{\"externalId\": \"%s\", \"queueId\": \"" + QUEUE + "\"}").formatted(externalId));
      posted.add(0, externalId);
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          api()
              .get(
                  "api/routing-requests?limit=3&q="
                      + marker
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      page.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(item -> seen.add(item.getString("externalId")));
      cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(seen).containsExactlyElementsOf(posted);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void the_list_filters_by_status_failure_reason_and_text() {
    String marker = unique("filter");
    awaitFinal(
        accept(
                ("{\"externalId\": \"%s-routed\", \"queueId\": \"" + QUEUE + "\"}")
                    .formatted(marker))
            .json()
            .getJsonNumber("id")
            .longValue());
    accept("{\"externalId\": \"%s-failed\", \"subject\": \"No queue\"}".formatted(marker));

    assertThat(listed("status=FAILED&q=" + marker)).containsExactly(marker + "-failed");
    assertThat(listed("status=ROUTED&q=" + marker)).containsExactly(marker + "-routed");
    assertThat(listed("status=PENDING&q=" + marker)).isEmpty();
    assertThat(listed("failureReason=INVALID_FLOW&q=" + marker))
        .containsExactly(marker + "-failed");
    assertThat(listed("failureReason=BAD_CREDENTIALS&q=" + marker)).isEmpty();
    assertThat(listed("q=" + marker.toUpperCase())).hasSize(2);
    assertThat(listed("q=queue.or.flow.required&status=FAILED")).contains(marker + "-failed");
    assertThat(listed("q=" + marker + "%25")).isEmpty();
  }

  @Test
  void bad_list_parameters_answer_400_naming_the_parameter() {
    for (String[] bad :
        new String[][] {
          {"limit=0", "limit"},
          {"limit=501", "limit"},
          {"limit=ten", "limit"},
          {"status=LOST", "status"},
          {"failureReason=BROKEN", "failureReason"},
          {"cursor=not-a-cursor", "cursor"}
        }) {
      Answer answer = api().get("api/routing-requests?" + bad[0]);
      assertThat(answer.status()).as(bad[0]).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo(bad[1]);
    }
  }

  @Test
  void the_summary_counts_by_status_and_failure_reason() {
    JsonObject before = api().get("api/routing-requests/summary").json();
    accept("{\"externalId\": \"%s\"}".formatted(unique("summary")));
    accept(
        ("{\"externalId\": \"%s\", \"queueId\": \"" + QUEUE + "\"}").formatted(unique("summary")));
    JsonObject after = api().get("api/routing-requests/summary").json();

    assertThat(count(after, "total") - count(before, "total")).isEqualTo(2);
    assertThat(byStatus(after, "FAILED") - byStatus(before, "FAILED")).isEqualTo(1);
    assertThat(
            after.getJsonObject("failedByReason").getJsonNumber("INVALID_FLOW").longValue()
                - before.getJsonObject("failedByReason").getJsonNumber("INVALID_FLOW").longValue())
        .isEqualTo(1);
    assertThat(after.getJsonObject("byStatus").keySet())
        .containsExactlyInAnyOrder("PENDING", "ROUTING", "ROUTED", "FAILED");
    assertThat(after.getJsonObject("failedByReason")).hasSize(7);
  }

  private static long count(JsonObject summary, String name) {
    return summary.getJsonNumber(name).longValue();
  }

  private static long byStatus(JsonObject summary, String status) {
    return summary.getJsonObject("byStatus").getJsonNumber(status).longValue();
  }

  @Test
  void unknown_paths_methods_and_ids_are_problems_too() {
    assertProblem(api().get("api/no-such-thing"), 404);
    assertProblem(api().get("api/routing-requests/999999999"), 404);
    assertProblem(api().get("api/routing-requests/not-a-number"), 404);
    Answer wrongMethod =
        api()
            .send("PUT", "api/routing-requests", "application/json", BodyPublishers.ofString("{}"));
    assertProblem(wrongMethod, 405);
    assertThat(wrongMethod.header("Allow")).isPresent();
  }

  private static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.json().getString("correlationId"))
        .isEqualTo(answer.header("X-Correlation-Id").orElseThrow());
  }

  @Test
  void health_openapi_and_metrics_are_served() {
    Api root = api().root();
    Answer ready = root.get("health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.text()).contains("\"database\"").contains("UP");
    assertThat(root.get("health/live").status()).isEqualTo(200);

    Answer openapi = root.get("openapi");
    assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
    assertThat(openapi.text())
        .contains(
            "/api/routing-requests", "/api/routing-requests/summary", "/api/routing-requests/{id}")
        .contains("Accept a routing request", "examples");

    Answer metrics = root.get("metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("# TYPE");
  }

  /** Waits until routing is done with a request (the sandbox answers in milliseconds). */
  private JsonObject awaitFinal(long id) {
    return api()
        .awaitStatus(id, java.util.Set.of("ROUTED", "FAILED"), java.time.Duration.ofSeconds(10));
  }

  private List<String> listed(String query) {
    return api()
        .get("api/routing-requests?limit=500&" + query)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(item -> item.getString("externalId"))
        .toList();
  }
}

package app.emailrouting.options.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retrieve Options over real HTTP against the built-in sandbox: the seed organization, 250 queues
 * over 3 pages, a missing permission that keeps the previous set, one retrieval at a time.
 */
@ServiceTest
class RoutingOptionsIT {

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void resetSandbox() {
    awaitFinished(Duration.ofSeconds(30));
    api().freshSandbox();
  }

  private void sandbox(String json) {
    api().changeSandbox(json);
  }

  private JsonObject retrieval() {
    return api().get("api/routing-options/retrieval").json();
  }

  private JsonObject awaitFinished(Duration within) {
    Instant deadline = Instant.now().plus(within);
    JsonObject retrieval = retrieval();
    while ("RUNNING".equals(retrieval.getString("state")) && Instant.now().isBefore(deadline)) {
      sleep(50);
      retrieval = retrieval();
    }
    assertThat(retrieval.getString("state")).as(retrieval.toString()).isNotEqualTo("RUNNING");
    return retrieval;
  }

  /** Retrieve Options, waited for until it has finished. */
  private JsonObject retrieve() {
    Answer started = api().post("api/routing-options/retrieve", "");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.json().getString("state")).isEqualTo("RUNNING");
    assertThat(started.header("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/api/routing-options/retrieval"));
    return awaitFinished(Duration.ofSeconds(30));
  }

  private JsonObject options(String query) {
    Answer answer = api().get("api/routing-options" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static void sleep(long millis) {
    Api.pause(millis);
  }

  @Test
  void retrieve_options_stores_the_seed_organization() {
    JsonObject done = retrieve();

    assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
    JsonObject counts = done.getJsonObject("counts");
    assertThat(counts.getInt("QUEUE")).isEqualTo(6);
    assertThat(counts.getInt("SKILL")).isEqualTo(6);
    assertThat(counts.getInt("LANGUAGE")).isEqualTo(5);
    assertThat(counts.getInt("INBOUND_EMAIL_FLOW")).isEqualTo(3);
    assertThat(done.getJsonObject("progress").getInt("pages")).isEqualTo(4);
    assertThat(done.getJsonObject("progress").getInt("options")).isEqualTo(20);
    assertThat(done.getString("retrievedAt")).isNotBlank();

    JsonObject all = options("");
    assertThat(all.getString("retrievedAt")).isEqualTo(done.getString("retrievedAt"));
    assertThat(all.getJsonArray("items")).hasSize(20);
    JsonObject support = options("?type=QUEUE&name=sup");
    assertThat(support.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(item -> item.getString("name"))
        .containsExactly("Support", "Technical Support", "VIP Support");
    assertThat(support.getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo("142e8c57-4924-4f80-a5ac-cc7c198aa566");
  }

  @Test
  void a_flow_never_published_is_stored_as_unusable_with_a_warning() {
    sandbox(
        "{\"flows\": [{\"id\": \"9d1f6a0e-2b3c-4d5e-8f90-a1b2c3d4e5f6\", \"name\": \"Draft"
            + " triage\", \"active\": true, \"deleted\": false}, {\"id\":"
            + " \"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\", \"name\": \"Published triage\","
            + " \"active\": true, \"deleted\": false, \"publishedVersion\": {\"id\": \"2.0\","
            + " \"name\": \"2.0\"}}]}");

    JsonObject done = retrieve();

    assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
    var flows = options("?type=INBOUND_EMAIL_FLOW").getJsonArray("items");
    JsonObject draft =
        flows.getValuesAs(JsonObject.class).stream()
            .filter(item -> item.getString("name").equals("Draft triage"))
            .findFirst()
            .orElseThrow();
    assertThat(draft.getBoolean("active")).isFalse();
    assertThat(draft.getString("state")).isEqualTo("unpublished");
    assertThat(flows.getValuesAs(JsonObject.class))
        .filteredOn(item -> item.getString("name").equals("Published triage"))
        .singleElement()
        .satisfies(item -> assertThat(item.getBoolean("active")).isTrue());
    assertThat(done.getJsonArray("warnings").getValuesAs(JsonObject.class))
        .extracting(warning -> warning.getString("code"))
        .containsExactly("UNPUBLISHED_FLOWS");
  }

  @Test
  void retrieve_options_pages_through_250_queues_over_3_pages() {
    String queues =
        IntStream.rangeClosed(1, 250)
            .mapToObj(
                i -> "{\"id\": \"%s\", \"name\": \"Queue %03d\"}".formatted(UUID.randomUUID(), i))
            .collect(Collectors.joining(", ", "{\"queues\": [", "]}"));
    sandbox(queues);

    JsonObject done = retrieve();

    assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.getJsonObject("counts").getInt("QUEUE")).isEqualTo(250);
    // 3 pages of queues, one each of skills, languages and flows
    assertThat(done.getJsonObject("progress").getInt("pages")).isEqualTo(6);
    var stored = options("?type=queue").getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(stored).hasSize(250);
    assertThat(stored)
        .extracting(item -> item.getString("name"))
        .doesNotHaveDuplicates()
        .contains("Queue 001", "Queue 100", "Queue 101", "Queue 200", "Queue 201", "Queue 250");
  }

  @Test
  void a_retrieval_failure_keeps_the_old_options_and_names_the_missing_permission() {
    JsonObject before = retrieve();
    assertThat(before.getString("state")).isEqualTo("SUCCEEDED");
    JsonObject optionsBefore = options("");
    sandbox(
        "{\"queues\": [{\"id\": \"new-queue\", \"name\": \"New\"}],"
            + " \"faults\": {\"missingPermissions\": [\"architect:flow:view\"]}}");

    JsonObject failed = retrieve();

    assertThat(failed.getString("state")).as(failed.toString()).isEqualTo("FAILED");
    assertThat(failed.getString("error"))
        .contains("403", "missing.permissions", "/api/v2/flows", "architect:flow:view");
    assertThat(failed.getString("retrievedAt")).isEqualTo(before.getString("retrievedAt"));
    assertThat(failed.getJsonObject("counts")).isEqualTo(before.getJsonObject("counts"));
    assertThat(options("")).isEqualTo(optionsBefore);
  }

  @Test
  void a_second_retrieve_while_one_runs_is_a_conflict() {
    sandbox("{\"faults\": {\"slowMillis\": 1500}}");
    assertThat(api().post("api/routing-options/retrieve", "").status()).isEqualTo(202);

    Answer second = api().post("api/routing-options/retrieve", "");

    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(second.json().getString("detail")).contains("running already");
    sandbox("{\"faults\": {\"slowMillis\": 0}}");
    assertThat(awaitFinished(Duration.ofSeconds(60)).getString("state")).isEqualTo("SUCCEEDED");
  }

  @Test
  void a_request_failed_on_a_stale_queue_names_it_against_the_retrieved_options() {
    JsonObject retrieved = retrieve();
    String stale = java.util.UUID.randomUUID().toString();
    long id =
        api()
            .post(
                "api/routing-requests",
                ("{\"externalId\": \"%s\", \"queueId\": \"%s\", \"skillIds\": [\"%s\"]}")
                    .formatted(
                        java.util.UUID.randomUUID(),
                        stale,
                        app.emailrouting.sandbox.control.SeedData.REFUNDS_SKILL_ID))
            .json()
            .getJsonNumber("id")
            .longValue();
    JsonObject request = api().get("api/routing-requests/" + id).json();
    for (int i = 0; i < 100 && !"FAILED".equals(request.getString("status")); i++) {
      sleep(50);
      request = api().get("api/routing-requests/" + id).json();
    }

    assertThat(request.getString("failureReason")).isEqualTo("INVALID_ROUTING_OPTIONS");
    JsonObject hint = request.getJsonObject("staleOptions");
    assertThat(hint.getString("retrievedAt")).isEqualTo(retrieved.getString("retrievedAt"));
    assertThat(hint.getJsonArray("unknown")).hasSize(1);
    assertThat(hint.getJsonArray("unknown").getJsonObject(0).getString("field"))
        .isEqualTo("queueId");
    assertThat(hint.getJsonArray("unknown").getJsonObject(0).getString("id")).isEqualTo(stale);
    assertThat(hint.getString("advice")).contains("Retrieve Options", stale);
  }

  @Test
  void an_unknown_type_is_a_bad_request() {
    Answer answer = api().get("api/routing-options?type=QUEUES");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("type");
  }
}

package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Deployments;
import app.emailrouting.support.GenesysFake;
import app.emailrouting.support.GenesysFake.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway against a Genesys fake of the test's own (not the product's sandbox): exactly what
 * the service sends, and how it takes 401, 413, 429, 504, late and unreadable answers, seen from
 * the Genesys side.
 */
@ExtendWith(ArquillianExtension.class)
class GenesysGatewayIT {

  private static final String EMAILS = "/api/v2/conversations/emails";
  private static final String TOKEN = "/oauth/token";
  private static GenesysFake genesys;

  @Deployment(testable = false)
  @TargetsContainer("genesys-fake")
  static WebArchive service() throws IOException {
    genesys = GenesysFake.start(Integer.getInteger("fake.genesys.port", 18282));
    return Deployments.service();
  }

  @AfterAll
  static void stopFake() {
    if (genesys != null) {
      genesys.close();
    }
  }

  @ArquillianResource URL base;

  @BeforeEach
  void resetFake() {
    connect("eu-west-1");
    genesys.reset();
  }

  /** Points the connection at the fake, under this region name, with the fake's client. */
  private Api.Answer connect(String region) {
    var answer =
        new Api(base)
            .send(
                "PUT",
                "api/genesys-connection",
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    ("{\"region\": \"%2$s\", \"apiUrl\": \"http://127.0.0.1:%1$d\","
                            + " \"loginUrl\": \"http://127.0.0.1:%1$d\", \"clientId\": \"fake-client\","
                            + " \"clientSecret\": \"fake-client-secret\"}")
                        .formatted(Integer.getInteger("fake.genesys.port", 18282), region)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer;
  }

  /** A subject no other test uses, to tell this test's calls from any other. */
  private final String subject = "subject-" + UUID.randomUUID();

  private List<GenesysFake.Call> emails() {
    return genesys.calls(EMAILS).stream().filter(call -> call.body().contains(subject)).toList();
  }

  private long accept(String routing) {
    return acceptAnswer(routing).getJsonNumber("id").longValue();
  }

  private JsonObject acceptAnswer(String routing) {
    var accepted =
        new Api(base)
            .post(
                "api/routing-requests",
                "{\"externalId\": \"%s\", \"subject\": \"%s\", %s}"
                    .formatted(UUID.randomUUID(), subject, routing));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return accepted.json();
  }

  private JsonObject awaitStatus(long id, Set<String> statuses) {
    return new Api(base).awaitStatus(id, statuses, Duration.ofSeconds(15));
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  void the_create_email_call_carries_exactly_what_the_request_names() {
    long id =
        accept(
            "\"queueId\": \"queue-1\", \"skillIds\": [\"skill-1\"], \"priority\": 4,"
                + " \"screenPopId\": \"5005g00000XyZ\", \"attributes\": {\"Case\": \"42\"},"
                + " \"fromAddress\": \"a@example.com\"");

    JsonObject routed = awaitStatus(id, Set.of("ROUTED"));

    GenesysFake.Call call = emails().get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.header("Authorization")).startsWith("Bearer fake-token-");
    assertThat(call.header("Content-Type")).startsWith("application/json");
    JsonObject sent = json(call.body());
    assertThat(sent.getString("queueId")).isEqualTo("queue-1");
    assertThat(sent.getString("provider")).isEqualTo("Salesforce");
    assertThat(sent.getString("direction")).isEqualTo("INBOUND");
    assertThat(sent.getInt("priority")).isEqualTo(4);
    assertThat(sent.getJsonArray("skillIds").getString(0)).isEqualTo("skill-1");
    assertThat(sent.getJsonObject("attributes"))
        .containsEntry("SF_URLPop", Json.createValue("5005g00000XyZ"))
        .containsEntry("Case", Json.createValue("42"));
    assertThat(sent.keySet()).doesNotContain("flowId", "languageId", "toAddress", "fromName");
    assertThat(routed.getJsonObject("apiResponse").getString("correlationId")).isNotBlank();
  }

  @Test
  void a_region_this_service_does_not_list_routes_through_its_two_urls() {
    var changed = connect("eu-north-9");
    assertThat(changed.json().getString("region")).isEqualTo("eu-north-9");

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    assertThat(routed.getString("conversationId")).isNotBlank();
  }

  @Test
  void tokens_are_granted_with_client_credentials_and_cached() {
    awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));
    awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    assertThat(emails()).hasSize(2);
    for (GenesysFake.Call grant : genesys.calls(TOKEN)) {
      String basic =
          Base64.getEncoder()
              .encodeToString("fake-client:fake-client-secret".getBytes(StandardCharsets.UTF_8));
      assertThat(grant.header("Authorization")).isEqualTo("Basic " + basic);
      assertThat(grant.body()).isEqualTo("grant_type=client_credentials");
    }
    assertThat(genesys.calls(TOKEN)).as("one grant, then the cached token").hasSize(1);
  }

  @Test
  void a_401_renews_the_token_once_and_replays_the_call() {
    awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));
    genesys.reset();
    genesys.script(
        new Reply(
            401,
            Map.of(),
            "{\"message\": \"Credentials expired\", \"code\": \"credentials.expired\", \"status\": 401}",
            0));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    assertThat(routed.getInt("failedAttempts")).isZero();
    assertThat(genesys.calls(TOKEN)).hasSize(1);
    List<GenesysFake.Call> emails = emails();
    assertThat(emails).hasSize(2);
    assertThat(emails.get(1).header("Authorization"))
        .isNotEqualTo(emails.get(0).header("Authorization"));
  }

  @Test
  void any_other_refusal_fails_at_once_as_rejected_with_the_api_response() {
    genesys.script(
        new Reply(
            413,
            Map.of(),
            "{\"message\": \"The request is too large\", \"code\": \"request.entity.too.large\","
                + " \"status\": 413, \"contextId\": \"ctx-1\"}",
            0));

    JsonObject failed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("FAILED"));

    assertThat(failed.getString("failureReason")).isEqualTo("REJECTED");
    assertThat(failed.getInt("failedAttempts")).isEqualTo(1);
    JsonObject apiResponse = failed.getJsonObject("apiResponse");
    assertThat(apiResponse.getInt("httpStatus")).isEqualTo(413);
    assertThat(apiResponse.getString("code")).isEqualTo("request.entity.too.large");
    assertThat(apiResponse.getString("message")).isEqualTo("The request is too large");
    assertThat(emails()).hasSize(1);
  }

  private static Reply genesysError(int status, String code, String details) {
    return new Reply(
        status,
        Map.of(),
        ("{\"message\": \"Refused\", \"code\": \"%s\", \"status\": %d, \"details\": [%s]}")
            .formatted(code, status, details),
        0);
  }

  @Test
  void genesys_answers_fail_as_their_details_status_and_body_say() {
    Map<Reply, String> expected = new java.util.LinkedHashMap<>();
    expected.put(
        genesysError(
            400,
            "general.bad.request",
            "{\"errorCode\": \"invalid.value\", \"fieldName\": \"skillIds\", \"entityId\": \"s-9\"}"),
        "INVALID_ROUTING_OPTIONS");
    expected.put(
        genesysError(
            400,
            "general.bad.request",
            "{\"errorCode\": \"invalid.value\", \"fieldName\": \"flowId\"}"),
        "INVALID_FLOW");
    expected.put(genesysError(410, "architect.flow.deleted", ""), "INVALID_FLOW");
    expected.put(genesysError(501, "not.implemented", ""), "REJECTED");
    for (var answer : expected.entrySet()) {
      genesys.script(answer.getKey());

      JsonObject failed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("FAILED"));

      assertThat(failed.getString("failureReason"))
          .as(answer.getKey().body())
          .isEqualTo(answer.getValue());
      assertThat(failed.getInt("failedAttempts")).as("permanent: no retry").isEqualTo(1);
    }
  }

  @Test
  void a_404_that_is_not_a_genesys_error_is_genesys_unavailable_and_retried() {
    genesys.script(new Reply(404, Map.of(), "<html><body>Not Found</body></html>", 0));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    JsonObject first = routed.getJsonArray("attempts").getJsonObject(0);
    assertThat(first.getString("failureReason")).isEqualTo("GENESYS_UNAVAILABLE");
    assertThat(first.getJsonObject("apiResponse").getString("message"))
        .contains("without a Genesys error body", "Check the base URL");
    assertThat(emails()).hasSize(2);
  }

  @Test
  void after_a_429_genesys_sees_no_call_before_retry_after() {
    genesys.script(
        new Reply(
            429,
            Map.of("Retry-After", "3"),
            "{\"message\": \"Rate limit exceeded\", \"code\": \"too.many.requests.retry.after\", \"status\": 429}",
            0));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    List<GenesysFake.Call> emails = emails();
    assertThat(emails).hasSize(2);
    long gap = Duration.between(emails.get(0).at(), emails.get(1).at()).toMillis();
    System.out.println("Genesys fake: gap after a 429 with Retry-After 3 s: " + gap + " ms");
    assertThat(gap).isGreaterThanOrEqualTo(3000);
    assertThat(routed.getInt("failedAttempts")).isEqualTo(1);
  }

  @Test
  void a_502_then_success_is_one_attempt_retried_within_the_call() {
    genesys.script(new Reply(502, Map.of(), "<html>Bad Gateway</html>", 0));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    assertThat(routed.getInt("failedAttempts")).isZero();
    assertThat(emails()).hasSize(2);
  }

  @Test
  void a_retry_after_longer_than_the_pacing_wait_sends_nothing_until_it_has_passed() {
    genesys.script(
        new Reply(
            429,
            Map.of("Retry-After", "5"),
            "{\"message\": \"Rate limit exceeded\", \"code\": \"too.many.requests.retry.after\", \"status\": 429}",
            200));
    List<Long> ids =
        java.util.stream.IntStream.range(0, 8)
            .parallel()
            .mapToObj(i -> accept("\"queueId\": \"queue-1\""))
            .toList();

    ids.forEach(id -> awaitStatus(id, Set.of("ROUTED")));

    List<GenesysFake.Call> emails = emails();
    assertThat(emails)
        .as("one call per request, plus the one answered 429: no email twice")
        .hasSize(ids.size() + 1);
    Instant limited =
        emails.stream()
            .filter(call -> genesys.answeredStatus(call) == 429)
            .findFirst()
            .orElseThrow()
            .at();
    assertThat(emails)
        .filteredOn(call -> call.at().isAfter(limited.plusMillis(250)))
        .allSatisfy(call -> assertThat(call.at()).isAfterOrEqualTo(limited.plusMillis(4900)));
  }

  @Test
  void while_a_retry_after_holds_new_requests_wait_unclaimed_then_route() throws Exception {
    genesys.script(
        new Reply(
            429,
            Map.of("Retry-After", "5"),
            "{\"message\": \"Rate limit exceeded\", \"code\": \"too.many.requests.retry.after\", \"status\": 429}",
            0));
    long limited = accept("\"queueId\": \"queue-1\"");
    Instant deadline = Instant.now().plusSeconds(3);
    while (new Api(base).get("api/routing-requests/" + limited).json().getInt("failedAttempts") == 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }

    JsonObject accepted = acceptAnswer("\"queueId\": \"queue-1\"");
    long later = accepted.getJsonNumber("id").longValue();
    Thread.sleep(1500);
    JsonObject waiting = new Api(base).get("api/routing-requests/" + later).json();

    assertThat(new Api(base).root().get("metrics").text())
        .as("the wait shown to operators")
        .containsPattern("routing_claims_held_seconds(\\{[^}]*\\})? [1-4]\\.");
    assertThat(waiting.getString("status")).isEqualTo("PENDING");
    assertThat(waiting.getInt("version"))
        .as("never claimed only to be given back while Genesys may not be called")
        .isEqualTo(accepted.getInt("version"));
    assertThat(awaitStatus(later, Set.of("ROUTED")).getInt("failedAttempts")).isZero();
    assertThat(awaitStatus(limited, Set.of("ROUTED")).getInt("failedAttempts")).isEqualTo(1);
    assertThat(emails()).as("the 429, then one email each").hasSize(3);
  }

  @Test
  void a_504_is_an_unknown_outcome_sent_again_only_after_the_delay() {
    genesys.script(new Reply(504, Map.of(), "<html>Gateway Timeout</html>", 0));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    assertThat(routed.getJsonArray("attempts").getJsonObject(0).getString("outcome"))
        .isEqualTo("UNKNOWN");
    assertThat(routed.getInt("failedAttempts")).isEqualTo(1);
    List<GenesysFake.Call> emails = emails();
    assertThat(emails).as("504 is not retried within the call").hasSize(2);
    assertThat(Duration.between(emails.get(0).at(), emails.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void a_read_timeout_is_an_unknown_outcome_never_sent_again_within_the_call() {
    String conversation = "{\"id\": \"late-conversation\", \"selfUri\": \"/x\"}";
    genesys.script(new Reply(200, Map.of(), conversation, 3000));

    JsonObject routed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("ROUTED"));

    var first = routed.getJsonArray("attempts").getJsonObject(0);
    assertThat(first.getString("outcome")).isEqualTo("UNKNOWN");
    assertThat(first.getJsonObject("apiResponse").getString("code")).isEqualTo("genesys.no.answer");
    assertThat(emails()).hasSize(2);
  }

  @Test
  void an_unreadable_success_fails_as_rejected_with_the_answer_kept_and_cut_to_its_columns() {
    genesys.script(
        new Reply(
            200,
            Map.of("ININ-Correlation-Id", "c".repeat(300)),
            "<html><body>Proxy login</body></html>",
            0));

    JsonObject failed = awaitStatus(accept("\"queueId\": \"queue-1\""), Set.of("FAILED"));

    assertThat(failed.getString("failureReason")).isEqualTo("REJECTED");
    JsonObject answer = failed.getJsonObject("apiResponse");
    assertThat(answer.getInt("httpStatus")).isEqualTo(200);
    assertThat(answer.getString("body")).contains("Proxy login");
    assertThat(answer.getString("correlationId")).hasSizeLessThanOrEqualTo(255);
    Api.pause(2000);
    assertThat(emails()).as("never sent again by itself").hasSize(1);
  }

  @Test
  void retrieve_options_pages_through_250_queues_in_3_calls_of_100() {
    genesys.queues(250);
    var api = new Api(base);
    Instant deadline = Instant.now().plusSeconds(15);
    var started = api.post("api/routing-options/retrieve", "");
    while (started.status() == 409 && Instant.now().isBefore(deadline)) {
      Api.pause(50);
      started = api.post("api/routing-options/retrieve", "");
    }
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    JsonObject retrieval = api.get("api/routing-options/retrieval").json();
    while ("RUNNING".equals(retrieval.getString("state")) && Instant.now().isBefore(deadline)) {
      Api.pause(50);
      retrieval = api.get("api/routing-options/retrieval").json();
    }

    assertThat(retrieval.getString("state")).as(retrieval.toString()).isEqualTo("SUCCEEDED");
    assertThat(retrieval.getJsonObject("counts").getInt("QUEUE")).isEqualTo(250);
    var pages = genesys.calls("/api/v2/routing/queues");
    assertThat(pages).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(pages.get(i).query()).contains("pageNumber=" + (i + 1), "pageSize=100");
    }
    assertThat(genesys.calls("/api/v2/routing/queues"))
        .allSatisfy(
            call -> assertThat(call.header("Authorization")).startsWith("Bearer fake-token-"));
    assertThat(genesys.calls("/api/v2/flows"))
        .singleElement()
        .satisfies(call -> assertThat(call.query()).contains("type=inboundemail"));
    assertThat(
            api.get("api/routing-options?type=QUEUE&name=queue%2025").json().getJsonArray("items"))
        .hasSize(2);
  }
}

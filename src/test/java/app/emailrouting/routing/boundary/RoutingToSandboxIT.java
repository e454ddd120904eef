package app.emailrouting.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing over real HTTP to the built-in sandbox: success, each failure reason of the mapping
 * table, retries, pause and resume. Each case switches the sandbox's faults, then resets them.
 */
@ServiceTest
class RoutingToSandboxIT {

  /** A queue and a flow of the sandbox's seed data. */
  static final String SUPPORT_QUEUE = SandboxSeed.SUPPORT_QUEUE;

  static final String EMAIL_FLOW = SandboxSeed.EMAIL_FLOW;

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void resetSandboxAndResume() {
    api().freshSandbox();
  }

  private long accept(String routing) {
    String body =
        "{\"externalId\": \"%s\", \"screenPopId\": \"5005g00000XyZ\", \"subject\": \"Hello\", %s}"
            .formatted(UUID.randomUUID(), routing);
    Answer accepted = api().post("api/routing-requests", body);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return accepted.json().getJsonNumber("id").longValue();
  }

  private void faults(String json) {
    api().sandboxFaults(json);
  }

  private JsonObject awaitStatus(long id, Set<String> statuses, Duration within) {
    return api().awaitStatus(id, statuses, within);
  }

  private static void sleep(long millis) {
    Api.pause(millis);
  }

  /** Whether the routing pipeline was seen in this state, read every 20 ms for a while. */
  private boolean awaitPipeline(String state, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (state.equals(api().get("api/routing-pipeline").json().getString("state"))) {
        return true;
      }
      sleep(20);
    }
    return false;
  }

  private JsonObject read(long id) {
    return api().get("api/routing-requests/" + id).json();
  }

  /** The first attempt of a request, once recorded (read every 100 ms for up to 10 s). */
  private JsonObject firstAttempt(long id) {
    JsonObject request = read(id);
    for (int i = 0; i < 100 && request.getJsonArray("attempts").isEmpty(); i++) {
      sleep(100);
      request = read(id);
    }
    return request.getJsonArray("attempts").getJsonObject(0);
  }

  /** A request accepted with these routing members, once it has failed (within 10 s). */
  private JsonObject failedWith(String routing) {
    return awaitStatus(accept(routing), Set.of("FAILED"), Duration.ofSeconds(10));
  }

  @Test
  void a_request_is_routed_promptly_and_its_api_response_kept() {
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\", \"toName\": \"Acme Support Desk\"");

    JsonObject routed = awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getString("conversationId")).isNotBlank();
    assertThat(routed.getInt("failedAttempts")).isZero();
    JsonObject apiResponse = routed.getJsonObject("apiResponse");
    assertThat(apiResponse.getInt("httpStatus")).isEqualTo(200);
    assertThat(apiResponse.getString("correlationId")).isNotBlank();
    assertThat(routed.getJsonArray("attempts")).hasSize(1);
    long millis =
        Duration.between(
                Instant.parse(routed.getString("createdAt")),
                Instant.parse(routed.getString("routedAt")))
            .toMillis();
    System.out.println("intake-to-Genesys: " + millis + " ms");
    assertThat(routed.getString("toName")).isEqualTo("Acme Support Desk");
    assertThat(api().get("api/sandbox").text())
        .contains(routed.getString("conversationId"))
        .contains("5005g00000XyZ")
        .as("toName sent in the create email body")
        .contains("Acme Support Desk");
    assertThat(api().root().get("metrics").text())
        .contains(
            "routing_requests_routed", "routing_attempt_duration", "routing_requests_pending");
  }

  @Test
  void a_stale_queue_fails_as_invalid_routing_options_with_genesys_answer() {
    long id = accept("\"queueId\": \"" + UUID.randomUUID() + "\"");

    JsonObject failed = awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10));
    assertThat(failed.getString("failureReason")).isEqualTo("INVALID_ROUTING_OPTIONS");
    assertThat(failed.getInt("failedAttempts")).isEqualTo(1);
    JsonObject apiResponse = failed.getJsonObject("apiResponse");
    assertThat(apiResponse.getInt("httpStatus")).isEqualTo(400);
    assertThat(apiResponse.getString("code")).isEqualTo("email.error.invalid.queue");
    assertThat(apiResponse.getString("correlationId")).isNotBlank();
  }

  @Test
  void an_unknown_skill_fails_as_invalid_routing_options() {
    long id =
        accept(
            "\"queueId\": \""
                + SUPPORT_QUEUE
                + "\", \"skillIds\": [\""
                + UUID.randomUUID()
                + "\"]");

    assertThat(awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10)).getString("failureReason"))
        .isEqualTo("INVALID_ROUTING_OPTIONS");
  }

  @Test
  void an_unknown_flow_fails_as_invalid_flow() {
    long id = accept("\"flowId\": \"" + UUID.randomUUID() + "\"");

    JsonObject failed = awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10));
    assertThat(failed.getString("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(failed.getJsonObject("apiResponse").getString("code")).isEqualTo("bad.flow.id");
  }

  @Test
  void a_known_flow_routes() {
    long id = accept("\"flowId\": \"" + EMAIL_FLOW + "\"");

    assertThat(
            awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10)).getString("conversationId"))
        .isNotBlank();
  }

  @Test
  void bad_credentials_fail_the_request_pause_routing_and_a_probe_resumes_it() {
    // a revoked client: its tokens are refused, and no new one is granted
    faults("{\"wrongCredentials\": true, \"expiredTokens\": true}");
    long first = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    JsonObject failed = awaitStatus(first, Set.of("FAILED"), Duration.ofSeconds(10));
    assertThat(failed.getString("failureReason")).isEqualTo("BAD_CREDENTIALS");
    assertThat(failed.getJsonObject("apiResponse").getString("code")).isEqualTo("invalid_client");
    JsonObject pipeline = api().get("api/routing-pipeline").json();
    assertThat(pipeline.getString("state")).isEqualTo("PAUSED");
    assertThat(pipeline.getString("reason")).isEqualTo("BAD_CREDENTIALS");

    long waiting = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    sleep(1500);
    assertThat(read(waiting).getString("status")).isEqualTo("PENDING");
    assertThat(read(waiting).getInt("failedAttempts")).isZero();

    faults("{\"wrongCredentials\": false, \"expiredTokens\": false}");
    assertThat(
            awaitStatus(waiting, Set.of("ROUTED"), Duration.ofSeconds(15))
                .getString("conversationId"))
        .isNotBlank();
    assertThat(api().get("api/routing-pipeline").json().getString("state")).isEqualTo("RUNNING");
    sleep(500);
    assertThat(read(first).getString("status"))
        .as("a failed request is never retried by itself")
        .isEqualTo("FAILED");

    rerouteAndAwaitRouted(first);
  }

  /** The seed's last step: Failed Attempts 0, then routed and gone from the failed list. */
  private void rerouteAndAwaitRouted(long id) {
    assertThat(patch(id, "{\"failedAttempts\": 0}").status()).isEqualTo(200);
    JsonObject routed = awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getInt("failedAttempts")).isZero();
    assertThat(
            api()
                .get("api/routing-requests?status=FAILED&q=" + routed.getString("externalId"))
                .json()
                .getJsonArray("items"))
        .isEmpty();
  }

  @Test
  void a_missing_create_permission_pauses_routing_until_resumed() {
    faults("{\"missingPermissions\": [\"conversation:email:create\"]}");
    long first = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    // watched from now: the probe (every 2 s here) resumes routing once tokens/me works, since it
    // cannot check the create permission; the pause is seen before it does
    assertThat(awaitPipeline("PAUSED", Duration.ofSeconds(10))).isTrue();
    JsonObject failed = awaitStatus(first, Set.of("FAILED"), Duration.ofSeconds(10));
    assertThat(failed.getString("failureReason")).isEqualTo("MISSING_PERMISSIONS");
    assertThat(failed.getJsonObject("apiResponse").getString("message"))
        .contains("conversation:email:create");

    faults("{\"missingPermissions\": []}");
    long waiting = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    api().post("api/routing-pipeline/resume", "");
    assertThat(
            awaitStatus(waiting, Set.of("ROUTED"), Duration.ofSeconds(10)).getInt("failedAttempts"))
        .isZero();
    assertThat(read(first).getString("status")).isEqualTo("FAILED");

    rerouteAndAwaitRouted(first);
  }

  @Test
  void a_429_is_retried_no_sooner_than_retry_after() {
    faults("{\"rateLimited\": true, \"retryAfterSeconds\": 2, \"failNextCalls\": 1}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject routed = awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(15));
    List<JsonObject> attempts = routed.getJsonArray("attempts").getValuesAs(JsonObject.class);
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).getString("failureReason")).isEqualTo("RATE_LIMITED");
    assertThat(attempts.get(0).getJsonObject("apiResponse").getInt("httpStatus")).isEqualTo(429);
    long gap =
        Duration.between(
                Instant.parse(attempts.get(0).getString("startedAt")),
                Instant.parse(attempts.get(1).getString("startedAt")))
            .toMillis();
    System.out.println("gap after a 429 with Retry-After 2 s: " + gap + " ms");
    assertThat(gap).isGreaterThanOrEqualTo(2000);
    assertThat(routed.getInt("failedAttempts")).isEqualTo(1);
  }

  @Test
  void a_503_is_retried_within_the_call() {
    faults("{\"serverError\": 503, \"failNextCalls\": 1}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject routed = awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getInt("failedAttempts")).isZero();
    assertThat(routed.getJsonArray("attempts")).hasSize(1);
  }

  @Test
  void an_outage_fails_as_genesys_unavailable_after_the_last_attempt() {
    faults("{\"serverError\": 503}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject failed = awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(30));
    assertThat(failed.getString("failureReason")).isEqualTo("GENESYS_UNAVAILABLE");
    assertThat(failed.getInt("failedAttempts")).isEqualTo(3);
    assertThat(failed.getJsonObject("apiResponse").getInt("httpStatus")).isEqualTo(503);
  }

  @Test
  void an_expired_token_is_renewed_once_and_the_call_replayed() {
    api()
        .post(
            "api/routing-requests",
            "{\"externalId\": \"%s\", \"queueId\": \"%s\"}"
                .formatted(UUID.randomUUID(), SUPPORT_QUEUE));
    sleep(500);
    faults("{\"expiredTokens\": true}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject routed = awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getInt("failedAttempts")).isZero();
  }

  @Test
  void a_read_timeout_is_an_unknown_outcome_sent_again_after_the_delay() {
    faults("{\"slowMillis\": 3000}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject first = firstAttempt(id);
    assertThat(first.getString("outcome")).isEqualTo("UNKNOWN");
    assertThat(first.getString("failureReason")).isEqualTo("GENESYS_UNAVAILABLE");
    assertThat(first.getJsonObject("apiResponse").getString("code")).isEqualTo("genesys.no.answer");
    faults("{\"slowMillis\": 0}");
    awaitStatus(id, Set.of("ROUTED", "FAILED"), Duration.ofSeconds(20));
  }

  @Test
  void the_sandbox_rehearses_genesys_less_common_answers_and_each_fails_as_it_means() {
    faults("{\"createEmailAnswer\": \"general.bad.request\", \"failNextCalls\": 1}");
    JsonObject badQueue = failedWith("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    assertThat(badQueue.getString("failureReason")).isEqualTo("INVALID_ROUTING_OPTIONS");
    assertThat(badQueue.getJsonObject("apiResponse").getString("body")).contains("\"queueId\"");

    faults("{\"createEmailAnswer\": \"architect.flow.deleted\", \"failNextCalls\": 1}");
    JsonObject deletedFlow = failedWith("\"flowId\": \"" + EMAIL_FLOW + "\"");
    assertThat(deletedFlow.getString("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(deletedFlow.getJsonObject("apiResponse").getInt("httpStatus")).isEqualTo(410);
  }

  @Test
  void a_queue_in_a_division_the_role_does_not_cover_fails_that_request_only() {
    String europe = UUID.randomUUID().toString();
    api()
        .changeSandbox(
            ("{\"queues\": [{\"id\": \"%s\", \"name\": \"Support\"}, {\"id\": \"%s\","
                    + " \"name\": \"Support Europe\", \"division\": \"Europe\"}],"
                    + " \"faults\": {\"missingDivisions\": [\"Europe\"]}}")
                .formatted(SUPPORT_QUEUE, europe));

    JsonObject failed = failedWith("\"queueId\": \"" + europe + "\"");

    assertThat(failed.getString("failureReason")).isEqualTo("MISSING_PERMISSIONS");
    assertThat(failed.getJsonObject("apiResponse").getString("message"))
        .contains("division Europe");
    assertThat(api().get("api/routing-pipeline").json().getString("state"))
        .as("one division refused: the other requests route")
        .isEqualTo("RUNNING");
    awaitStatus(
        accept("\"queueId\": \"" + SUPPORT_QUEUE + "\""), Set.of("ROUTED"), Duration.ofSeconds(10));
    JsonObject group =
        api()
            .get("api/failure-groups")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(g -> g.getString("failureReason").equals("MISSING_PERMISSIONS"))
            .findFirst()
            .orElseThrow();
    assertThat(group.toString()).contains("division");
  }

  @Test
  void a_504_after_the_email_was_created_is_an_unknown_outcome() {
    long before = api().get("api/sandbox").json().getJsonArray("conversations").size();
    faults("{\"createEmailAnswer\": \"created.then.504\", \"failNextCalls\": 1}");
    long id = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    JsonObject first = firstAttempt(id);
    assertThat(first.getString("outcome")).isEqualTo("UNKNOWN");
    assertThat(first.getJsonObject("apiResponse").getInt("httpStatus")).isEqualTo(504);
    assertThat(api().get("api/sandbox").json().getJsonArray("conversations").size())
        .as("the sandbox created the email it answered 504 for")
        .isEqualTo(before + 1);
  }

  @Test
  void an_address_the_oauth_client_does_not_allow_pauses_routing_as_bad_credentials() {
    faults("{\"createEmailAnswer\": \"ip.not.authorized\"}");

    JsonObject failed = failedWith("\"queueId\": \"" + SUPPORT_QUEUE + "\"");

    assertThat(failed.getString("failureReason")).isEqualTo("BAD_CREDENTIALS");
    assertThat(failed.getJsonObject("apiResponse").getString("code"))
        .isEqualTo("ip.not.authorized");
    assertThat(awaitPipeline("PAUSED", Duration.ofSeconds(5))).isTrue();
    faults("{\"createEmailAnswer\": \"\"}");
    assertThat(api().post("api/routing-pipeline/resume", "").status()).isLessThan(300);
  }

  private Answer patch(long id, String json, String... headers) {
    return api()
        .send(
            "PATCH",
            "api/routing-requests/" + id,
            "application/merge-patch+json",
            BodyPublishers.ofString(json),
            headers);
  }

  @Test
  void the_seed_workflow_fixes_a_stale_queue_and_reroutes_only_that_request() {
    long fixed = accept("\"queueId\": \"" + UUID.randomUUID() + "\"");
    long leftAlone = accept("\"queueId\": \"" + UUID.randomUUID() + "\"");
    JsonObject failed = awaitStatus(fixed, Set.of("FAILED"), Duration.ofSeconds(10));
    awaitStatus(leftAlone, Set.of("FAILED"), Duration.ofSeconds(10));
    assertThat(failed.getString("failureReason")).isEqualTo("INVALID_ROUTING_OPTIONS");

    Answer edited =
        patch(
            fixed,
            "{\"queueId\": \"" + SUPPORT_QUEUE + "\", \"failedAttempts\": 0}",
            "If-Match",
            "\"" + failed.getInt("version") + "\"");

    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    JsonObject routed = awaitStatus(fixed, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getString("queueId")).isEqualTo(SUPPORT_QUEUE);
    assertThat(routed.getInt("failedAttempts")).isZero();
    assertThat(routed.getJsonArray("attempts")).hasSize(2);
    assertThat(
            api()
                .get("api/routing-requests?status=FAILED&q=" + routed.getString("externalId"))
                .json()
                .getJsonArray("items"))
        .isEmpty();
    sleep(1000);
    assertThat(read(leftAlone).getString("status"))
        .as("never rerouted by itself")
        .isEqualTo("FAILED");
  }

  @Test
  void a_request_without_queue_or_flow_is_fixed_by_setting_a_flow() {
    long id = accept("\"queueId\": null");
    assertThat(read(id).getString("failureReason")).isEqualTo("INVALID_FLOW");

    assertThat(patch(id, "{\"flowId\": \"" + EMAIL_FLOW + "\", \"failedAttempts\": 0}").status())
        .isEqualTo(200);

    assertThat(awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10)).getString("flowId"))
        .isEqualTo(EMAIL_FLOW);
  }

  @Test
  void edits_that_cannot_apply_are_refused_and_change_nothing() {
    long routed = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(10));
    long failed = accept("\"queueId\": \"" + UUID.randomUUID() + "\"");
    JsonObject before = awaitStatus(failed, Set.of("FAILED"), Duration.ofSeconds(10));

    assertThat(patch(routed, "{\"failedAttempts\": 0}").status()).isEqualTo(409);
    assertThat(patch(failed, "{\"failedAttempts\": 2}").status()).isEqualTo(409);
    assertThat(patch(failed, "{\"failedAttempts\": 0}", "If-Match", "\"999\"").status())
        .isEqualTo(412);
    Answer unknownMember = patch(failed, "{\"subject\": \"x\"}");
    assertThat(unknownMember.status()).isEqualTo(400);
    assertThat(unknownMember.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("subject");
    assertThat(patch(failed, "{\"priority\": \"high\"}").status()).isEqualTo(400);
    Answer negative = patch(failed, "{\"priority\": -1}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("priority");
    Answer blankSkill = patch(failed, "{\"skillIds\": [\"s\", \" \"]}");
    assertThat(blankSkill.status()).isEqualTo(400);
    assertThat(blankSkill.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("skillIds[1]");
    assertThat(patch(failed, "not json").status()).isEqualTo(400);
    assertThat(patch(999_999_999L, "{\"failedAttempts\": 0}").status()).isEqualTo(404);

    JsonObject after = read(failed);
    assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    assertThat(after.getString("status")).isEqualTo("FAILED");
  }

  @Test
  void only_a_failed_request_can_be_deleted() {
    long routed = accept("\"queueId\": \"" + SUPPORT_QUEUE + "\"");
    awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(10));
    long failed = accept("\"queueId\": \"" + UUID.randomUUID() + "\"");
    awaitStatus(failed, Set.of("FAILED"), Duration.ofSeconds(10));

    assertThat(
            api()
                .send("DELETE", "api/routing-requests/" + routed, null, BodyPublishers.noBody())
                .status())
        .isEqualTo(409);
    assertThat(
            api()
                .send("DELETE", "api/routing-requests/" + failed, null, BodyPublishers.noBody())
                .status())
        .isEqualTo(204);
    assertThat(api().get("api/routing-requests/" + failed).status()).isEqualTo(404);
  }
}

package app.emailrouting.failedrequests.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fixing failures faster, over real HTTP against the sandbox: remap suggestions for a queue deleted
 * and recreated under its name, "would it route now?", and the opt-in reroute once the cause is
 * fixed. Each test marks its requests with a subject of its own.
 */
@ServiceTest
class FixingFasterIT {

  private static final String SUPPORT = SeedData.SUPPORT_QUEUE_ID;

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void freshSandbox() {
    api().freshSandbox();
    retrieveOptions();
  }

  private void retrieveOptions() {
    api().retrieveOptions();
  }

  /** The Support queue is deleted in Genesys Cloud and recreated under the same name. */
  private String recreateSupport() {
    String recreated = UUID.randomUUID().toString();
    api()
        .changeSandbox(
            "{\"queues\": [{\"id\": \"%s\", \"name\": \"Support\"}, {\"id\": \"%s\", \"name\":"
                    .formatted(recreated, SeedData.BILLING_QUEUE_ID)
                + " \"Billing\"}]}");
    return recreated;
  }

  private List<Long> failedOnSupport(String marker, int count, String reason) {
    var ids = api().acceptFailed(marker, SUPPORT, count);
    for (long id : ids) {
      assertThat(api().get("api/routing-requests/" + id).json().getString("failureReason"))
          .isEqualTo(reason);
    }
    return ids;
  }

  private JsonObject routeCheck(String body) {
    Answer answer = api().post("api/routing-requests/route-check", body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private JsonObject awaitDone(Answer started) {
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String path = "api/bulk-operations/" + started.json().getInt("id");
    Api.await(
        "bulk operation done",
        Duration.ofSeconds(30),
        () -> "DONE".equals(api().get(path).json().getString("state")));
    return api().get(path).json();
  }

  @Test
  void a_queue_deleted_and_recreated_under_its_name_is_suggested_and_applied_to_the_group() {
    String marker = "remap-" + UUID.randomUUID();
    String recreated = recreateSupport();
    var ids = failedOnSupport(marker, 6, "INVALID_ROUTING_OPTIONS");
    retrieveOptions();

    JsonObject stale = api().get("api/routing-requests/" + ids.get(0)).json();
    var suggestions = stale.getJsonObject("staleOptions").getJsonArray("suggestions");
    assertThat(suggestions).hasSize(1);
    JsonObject suggestion = suggestions.getJsonObject(0);
    assertThat(suggestion.getString("field")).isEqualTo("queueId");
    assertThat(suggestion.getString("id")).isEqualTo(SUPPORT);
    assertThat(suggestion.getString("name")).isEqualTo("Support");
    assertThat(suggestion.getString("replacementId")).isEqualTo(recreated);

    String group = "{\"filter\": {\"q\": \"" + marker + "\"}}";
    int conversations = api().get("api/sandbox").json().getJsonArray("conversations").size();
    JsonObject before = routeCheck(group);
    assertThat(before.getInt("checked")).isEqualTo(6);
    assertThat(before.getInt("wouldRoute")).isZero();
    assertThat(before.getJsonObject("wouldFail").getInt("INVALID_ROUTING_OPTIONS")).isEqualTo(6);
    assertThat(before.getInt("suggestionsAvailable")).isEqualTo(6);
    assertThat(before.getInt("wouldRouteWithSuggestions")).isEqualTo(6);
    assertThat(api().get("api/sandbox").json().getJsonArray("conversations").size())
        .as("a route check creates no email")
        .isEqualTo(conversations);

    // one request alone
    Answer applied = api().post("api/routing-requests/" + ids.get(0) + "/apply-suggestions", "");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    JsonObject one = api().awaitStatus(ids.get(0), Set.of("ROUTED"), Duration.ofSeconds(15));
    assertThat(one.getString("queueId")).isEqualTo(recreated);
    assertThat(api().post("api/routing-requests/" + ids.get(0) + "/apply-suggestions", "").status())
        .as("no longer failed")
        .isEqualTo(409);

    // the rest of the group, in one bulk reroute that applies them
    JsonObject done =
        awaitDone(
            api()
                .post(
                    "api/routing-requests/bulk-reroute",
                    "{\"filter\": {\"q\": \"" + marker + "\"}, \"applySuggestions\": true}"));
    assertThat(done.getInt("done")).isEqualTo(5);
    assertThat(done.getBoolean("applySuggestions")).isTrue();
    for (long id : ids) {
      JsonObject routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(15));
      assertThat(routed.getString("queueId")).isEqualTo(recreated);
      assertThat(routed.getJsonArray("history").toString()).contains("Edited queueId");
    }
    assertThat(routeCheck(group).getInt("checked")).as("none failed any more").isZero();
  }

  @Test
  void a_request_without_suggestion_is_refused_and_counted_as_failing_again() {
    String marker = "nosuggestion-" + UUID.randomUUID();
    api()
        .changeSandbox(
            "{\"queues\": [{\"id\": \"%s\", \"name\": \"Billing\"}]}"
                .formatted(SeedData.BILLING_QUEUE_ID));
    long id = failedOnSupport(marker, 1, "INVALID_ROUTING_OPTIONS").get(0);
    retrieveOptions();

    JsonObject stale = api().get("api/routing-requests/" + id).json().getJsonObject("staleOptions");
    assertThat(stale.getJsonArray("suggestions")).isEmpty();
    assertThat(stale.getJsonArray("unknown").toString()).contains(SUPPORT);
    Answer refused = api().post("api/routing-requests/" + id + "/apply-suggestions", "");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("no suggestion");

    JsonObject check = routeCheck("{\"ids\": [" + id + "]}");
    assertThat(check.getInt("checked")).isEqualTo(1);
    assertThat(check.getInt("wouldRoute")).isZero();
    assertThat(check.getInt("suggestionsAvailable")).isZero();
    assertThat(check.getJsonObject("wouldFail").getInt("INVALID_ROUTING_OPTIONS")).isEqualTo(1);

    // Support is back: it would route now
    assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);
    retrieveOptions();
    JsonObject fixed = routeCheck("{\"ids\": [" + id + "]}");
    assertThat(fixed.getInt("wouldRoute")).isEqualTo(1);
    assertThat(fixed.getJsonObject("wouldFail")).isEmpty();
    assertThat(fixed.getJsonObject("connection").getBoolean("ok")).isTrue();

    assertThat(api().post("api/routing-requests/route-check", "{}").status())
        .as("neither filter nor ids")
        .isEqualTo(400);
  }

  @Test
  void failed_requests_are_rerouted_by_the_service_once_retrieve_options_has_their_ids_again() {
    var settings = api().get("api/auto-reroute").json();
    assertThat(settings.keySet())
        .contains("INVALID_ROUTING_OPTIONS", "BAD_CREDENTIALS", "REJECTED");
    assertThat(settings.getJsonObject("INVALID_ROUTING_OPTIONS").getBoolean("enabled"))
        .as("off by default")
        .isFalse();
    assertThat(put("REJECTED", true).status()).as("no fix to see").isEqualTo(400);
    assertThat(put("NOT_A_REASON", true).status()).isEqualTo(400);
    String marker = "auto-" + UUID.randomUUID();
    try {
      Answer on = put("INVALID_ROUTING_OPTIONS", true);
      assertThat(on.status()).as(on.toString()).isEqualTo(200);
      assertThat(on.json().getBoolean("enabled")).isTrue();
      assertThat(on.json().getString("fixedWhen")).isEqualTo("OPTIONS_RETRIEVED");

      api()
          .changeSandbox(
              "{\"queues\": [{\"id\": \"%s\", \"name\": \"Billing\"}]}"
                  .formatted(SeedData.BILLING_QUEUE_ID));
      var ids = failedOnSupport(marker, 3, "INVALID_ROUTING_OPTIONS");
      retrieveOptions();
      Api.pause(1_000);
      assertThat(api().get("api/routing-requests/" + ids.get(0)).json().getString("status"))
          .as("Support is still missing: nothing rerouted")
          .isEqualTo("FAILED");

      assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);
      retrieveOptions();
      for (long id : ids) {
        JsonObject routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(20));
        assertThat(routed.getJsonArray("history").toString()).contains("by bulk operation");
      }
      var started =
          api()
              .get("api/audit-events?action=BULK_OPERATION_STARTED&actor=service")
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      assertThat(started)
          .anySatisfy(
              event ->
                  assertThat(event.getString("summary"))
                      .contains("automatic reroute of INVALID_ROUTING_OPTIONS"));
    } finally {
      put("INVALID_ROUTING_OPTIONS", false);
    }
  }

  @Test
  void requests_refused_for_a_division_are_rerouted_once_a_connection_test_passes() {
    String marker = "division-" + UUID.randomUUID();
    try {
      assertThat(put("MISSING_PERMISSIONS", true).status()).isEqualTo(200);
      api()
          .changeSandbox(
              ("{\"queues\": [{\"id\": \"%s\", \"name\": \"Support\", \"division\": \"Europe\"}],"
                      + " \"faults\": {\"missingDivisions\": [\"Europe\"]}}")
                  .formatted(SUPPORT));
      var ids = failedOnSupport(marker, 2, "MISSING_PERMISSIONS");
      JsonObject check = routeCheck("{\"filter\": {\"q\": \"" + marker + "\"}}");
      assertThat(check.getInt("checked")).isEqualTo(2);

      // the admin adds the division to the role, then tests the connection
      assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);
      Answer test = api().post("api/genesys-connection/test", "");
      assertThat(test.json().getBoolean("ok")).as(test.toString()).isTrue();
      for (long id : ids) {
        api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(20));
      }
    } finally {
      put("MISSING_PERMISSIONS", false);
    }
  }

  private Answer put(String reason, boolean enabled) {
    return api()
        .send(
            "PUT",
            "api/auto-reroute/" + reason,
            "application/json",
            java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\": " + enabled + "}"));
  }
}

package app.emailrouting.failedrequests.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fixing failed requests at scale over real HTTP: failure groups, bulk reroute and delete with
 * their dry run, the audit log and routing activity. Each test marks its requests with a subject of
 * its own and filters on it, so it counts only what it made.
 */
@ServiceTest
class FailedRequestsIT {

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void resetSandbox() {
    api().freshSandbox();
  }

  private long accept(String marker, String routing) {
    String body =
        "{\"externalId\": \"%s\", \"subject\": \"%s\"%s}"
            .formatted(UUID.randomUUID(), marker, routing.isEmpty() ? "" : ", " + routing);
    Answer accepted = api().post("api/routing-requests", body);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return accepted.json().getJsonNumber("id").longValue();
  }

  private List<Long> acceptWithoutQueueOrFlow(String marker, int count) {
    var ids = new ArrayList<Long>();
    for (int i = 0; i < count; i++) {
      ids.add(accept(marker, ""));
    }
    return ids;
  }

  private static String marker() {
    return "mark-" + UUID.randomUUID();
  }

  private JsonObject read(long id) {
    return api().get("api/routing-requests/" + id).json();
  }

  private JsonObject awaitDone(Answer started) {
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location").orElseThrow();
    assertThat(location).endsWith("/api/bulk-operations/" + started.json().getInt("id"));
    String path = location.substring(location.indexOf("api/"));
    Api.await(
        "bulk operation done",
        Duration.ofSeconds(30),
        () -> "DONE".equals(api().get(path).json().getString("state")));
    return api().get(path).json();
  }

  private static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void a_bulk_reroute_counts_first_then_routes_every_matched_request_once_the_cause_is_fixed() {
    String marker = marker();
    // the sandbox's queue is deleted in Genesys Cloud: requests to it fail
    api().changeSandbox("{\"queues\": [{\"id\": \"other-queue\", \"name\": \"Other\"}]}");
    var ids = new ArrayList<Long>();
    for (int i = 0; i < 12; i++) {
      ids.add(accept(marker, "\"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\""));
    }
    long leftAlone = accept(marker(), "\"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\"");
    for (long id : ids) {
      assertThat(
              api()
                  .awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(15))
                  .getString("failureReason"))
          .isEqualTo("INVALID_ROUTING_OPTIONS");
    }
    api().awaitStatus(leftAlone, Set.of("FAILED"), Duration.ofSeconds(15));
    // the queue is back
    assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);

    String filter = "{\"q\": \"" + marker + "\", \"failureReason\": \"INVALID_ROUTING_OPTIONS\"}";
    Answer dryRun =
        api()
            .post(
                "api/routing-requests/bulk-reroute",
                "{\"filter\": " + filter + ", \"dryRun\": true}");
    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    assertThat(dryRun.json().getInt("matched")).isEqualTo(12);
    assertThat(read(ids.get(0)).getString("status"))
        .as("a dry run changes nothing")
        .isEqualTo("FAILED");

    JsonObject done =
        awaitDone(api().post("api/routing-requests/bulk-reroute", "{\"filter\": " + filter + "}"));

    assertThat(done.getString("kind")).isEqualTo("REROUTE");
    assertThat(done.getInt("matched")).isEqualTo(12);
    assertThat(done.getInt("done")).isEqualTo(12);
    for (long id : ids) {
      JsonObject routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(15));
      assertThat(routed.getJsonArray("history").getValuesAs(JsonObject.class))
          .anySatisfy(
              entry ->
                  assertThat(entry.getString("summary"))
                      .isEqualTo("Rerouted by bulk operation " + done.getInt("id")));
    }
    Api.pause(500);
    assertThat(read(leftAlone).getString("status"))
        .as("not matched, not rerouted")
        .isEqualTo("FAILED");
    var started =
        api()
            .get("api/audit-events?action=BULK_OPERATION_STARTED&targetId=" + done.getInt("id"))
            .json()
            .getJsonArray("items");
    assertThat(started).hasSize(1);
    assertThat(started.getJsonObject(0).getJsonObject("details").getString("q")).isEqualTo(marker);
  }

  @Test
  void failure_groups_name_the_cause_the_fix_and_the_calls_that_act_on_them() {
    String marker = marker();
    List<Long> ids = acceptWithoutQueueOrFlow(marker, 3);

    Answer answer = api().get("api/failure-groups");

    assertThat(answer.status()).isEqualTo(200);
    JsonObject group =
        answer.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(each -> "INVALID_FLOW".equals(each.getString("failureReason")))
            .findFirst()
            .orElseThrow();
    assertThat(group.getInt("count")).isGreaterThanOrEqualTo(3);
    assertThat(Instant.parse(group.getString("lastSeen")))
        .isAfterOrEqualTo(Instant.parse(group.getString("firstSeen")));
    assertThat(group.getString("fix")).contains("CRM flow").contains("reroute");
    JsonObject example = group.getJsonObject("example");
    assertThat(example.getJsonNumber("requestId").longValue()).isEqualTo(ids.get(2));
    assertThat(example.getJsonObject("apiResponse").getString("code"))
        .isEqualTo(group.getString("code"));
    JsonObject reroute = group.getJsonObject("links").getJsonObject("reroute");
    assertThat(reroute.getString("method")).isEqualTo("POST");
    assertThat(reroute.getString("href")).endsWith("/api/routing-requests/bulk-reroute");
    JsonObject filter = reroute.getJsonObject("body").getJsonObject("filter");
    assertThat(filter.getString("failureReason")).isEqualTo("INVALID_FLOW");
    Answer dryRun =
        api()
            .post(
                "api/routing-requests/bulk-reroute",
                "{\"filter\": " + filter + ", \"dryRun\": true}");
    assertThat(dryRun.json().getInt("matched")).isEqualTo(group.getInt("count"));
    assertThat(
            api()
                .get(
                    group
                        .getJsonObject("links")
                        .getString("requests")
                        .replaceFirst("^.*?/api/", "api/"))
                .json()
                .getJsonArray("items"))
        .isNotEmpty();
  }

  @Test
  void a_bulk_delete_keeps_a_copy_of_every_deleted_request_in_the_audit_log() {
    String marker = marker();
    List<Long> ids = acceptWithoutQueueOrFlow(marker, 5);
    long routed = accept(marker, "\"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\"");
    api().awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(10));

    JsonObject done =
        awaitDone(
            api()
                .post(
                    "api/routing-requests/bulk-delete",
                    "{\"filter\": {\"q\": \"" + marker + "\"}}"));

    assertThat(done.getInt("matched")).as("only failed requests").isEqualTo(5);
    assertThat(done.getInt("done")).isEqualTo(5);
    assertThat(api().get("api/routing-requests/" + routed).status()).isEqualTo(200);
    for (long id : ids) {
      assertThat(api().get("api/routing-requests/" + id).status()).isEqualTo(404);
      var events =
          api()
              .get(
                  "api/audit-events?action=ROUTING_REQUEST_DELETED&targetType=routing-request&targetId="
                      + id)
              .json()
              .getJsonArray("items");
      assertThat(events).hasSize(1);
      JsonObject copy = events.getJsonObject(0).getJsonObject("details").getJsonObject("deleted");
      assertThat(copy.getJsonNumber("id").longValue()).isEqualTo(id);
      assertThat(copy.getString("subject")).isEqualTo(marker);
      assertThat(copy.getString("failureReason")).isEqualTo("INVALID_FLOW");
      assertThat(copy.getJsonArray("attempts")).hasSize(1);
      assertThat(events.getJsonObject(0).getString("summary"))
          .startsWith("Deleted by bulk operation " + done.getInt("id"));
    }
  }

  @Test
  void bad_bulk_bodies_are_refused_and_start_nothing() {
    String bulk = "api/routing-requests/bulk-reroute";
    Answer noFilter = api().post(bulk, "{\"dryRun\": true}");
    assertThat(noFilter.status()).isEqualTo(400);
    assertThat(noFilter.text()).contains("filter");
    Answer badReason =
        api().post(bulk, "{\"filter\": {\"failureReason\": \"LATE\"}, \"dryRun\": true}");
    assertThat(badReason.status()).isEqualTo(400);
    assertThat(badReason.text()).contains("filter.failureReason");
    Answer badTime = api().post(bulk, "{\"filter\": {\"before\": \"yesterday\"}}");
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.text()).contains("filter.before");
    assertThat(api().post(bulk, "{\"filter\": {\"ids\": \"7\"}}").status()).isEqualTo(400);
    assertThat(api().get("api/bulk-operations/999999999").status()).isEqualTo(404);
    assertThat(api().delete("api/bulk-operations/not-a-number").status()).isEqualTo(404);
  }

  @Test
  void a_finished_bulk_operation_cannot_be_cancelled() {
    String marker = marker();
    acceptWithoutQueueOrFlow(marker, 1);
    JsonObject done =
        awaitDone(
            api()
                .post(
                    "api/routing-requests/bulk-reroute",
                    "{\"filter\": {\"q\": \"" + marker + "\"}}"));

    Answer cancel = api().delete("api/bulk-operations/" + done.getInt("id"));

    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(409);
    assertThat(cancel.contentType()).startsWith("application/problem+json");
  }

  @Test
  void every_edit_reroute_and_delete_is_in_the_audit_log_and_the_request_history() {
    String marker = marker();
    long id = accept(marker, "");
    JsonObject failed = read(id);
    Answer edited =
        api()
            .send(
                "PATCH",
                "api/routing-requests/" + id,
                "application/merge-patch+json",
                BodyPublishers.ofString(
                    "{\"queueId\": \""
                        + SeedData.SUPPORT_QUEUE_ID
                        + "\", \"priority\": 4, \"failedAttempts\": 0}"),
                "If-Match",
                "\"" + failed.getInt("version") + "\"");
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    JsonObject routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));

    var events =
        api()
            .get("api/audit-events?targetType=routing-request&targetId=" + id)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(events)
        .extracting(event -> event.getString("action"))
        .containsExactly("ROUTING_REQUEST_REROUTED", "ROUTING_REQUEST_EDITED");
    JsonObject edit = events.get(1);
    assertThat(edit.getString("actor")).isNotBlank();
    assertThat(edit.getString("summary")).isEqualTo("Edited queueId, priority");
    assertThat(edit.getJsonObject("details").getJsonObject("before").isNull("queueId")).isTrue();
    assertThat(edit.getJsonObject("details").getJsonObject("after").getString("queueId"))
        .isEqualTo(SeedData.SUPPORT_QUEUE_ID);
    assertThat(
            events
                .get(0)
                .getJsonObject("details")
                .getJsonObject("before")
                .getString("failureReason"))
        .isEqualTo("INVALID_FLOW");

    var history = routed.getJsonArray("history").getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(entry -> entry.getString("kind"))
        .containsExactly("ATTEMPT", "AUDIT", "AUDIT", "ATTEMPT");
    assertThat(history.get(3).getString("summary")).startsWith("Routing attempt 2: ROUTED");
  }

  @Test
  void audit_events_page_newest_first_and_refuse_bad_filters() {
    String marker = marker();
    List<Long> ids = acceptWithoutQueueOrFlow(marker, 3);
    for (long id : ids) {
      assertThat(api().delete("api/routing-requests/" + id).status()).isEqualTo(204);
    }
    String filter = "api/audit-events?action=ROUTING_REQUEST_DELETED&limit=2";
    JsonObject first = api().get(filter).json();
    assertThat(first.getJsonArray("items")).hasSize(2);
    List<String> seen = new ArrayList<>();
    first
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(e -> seen.add(e.getString("targetId")));
    JsonObject second =
        api().get(filter + "&cursor=" + query(first.getString("nextCursor"))).json();
    second
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(e -> seen.add(e.getString("targetId")));

    assertThat(seen.subList(0, 3))
        .containsExactly(
            String.valueOf(ids.get(2)), String.valueOf(ids.get(1)), String.valueOf(ids.get(0)));
    assertThat(api().get("api/audit-events?action=NOTHING").status()).isEqualTo(400);
    assertThat(api().get("api/audit-events?from=yesterday").status()).isEqualTo(400);
    assertThat(api().get("api/audit-events?cursor=nope").status()).isEqualTo(400);
  }

  @Test
  void connection_changes_are_audited_without_the_secret() {
    String secret = "s3cret-" + UUID.randomUUID();
    Answer changed =
        api()
            .send(
                "PUT",
                "api/genesys-connection",
                "application/json",
                BodyPublishers.ofString(
                    "{\"region\": \"sandbox\", \"clientId\": \"audited\", \"clientSecret\": \""
                        + secret
                        + "\"}"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    Answer events = api().get("api/audit-events?action=GENESYS_CONNECTION_CHANGED&limit=1");

    JsonObject event = events.json().getJsonArray("items").getJsonObject(0);
    assertThat(event.getJsonObject("details").getJsonObject("after").getString("clientId"))
        .isEqualTo("audited");
    assertThat(event.getJsonObject("details").getJsonObject("after").getString("clientSecret"))
        .isEqualTo("changed");
    assertThat(events.text()).doesNotContain(secret);
    api().useSandbox();
  }

  @Test
  void routing_activity_counts_this_hour_received_routed_and_failed() {
    JsonObject before = currentHour();
    String marker = marker();
    long routed = accept(marker, "\"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\"");
    acceptWithoutQueueOrFlow(marker, 2);
    api().awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(10));

    JsonObject after = currentHour();

    assertThat(after.getInt("received") - before.getInt("received")).isGreaterThanOrEqualTo(3);
    assertThat(after.getInt("routed") - before.getInt("routed")).isGreaterThanOrEqualTo(1);
    assertThat(after.getInt("failed") - before.getInt("failed")).isGreaterThanOrEqualTo(2);
    JsonObject week = api().get("api/routing-activity?period=7d").json();
    assertThat(week.getString("granularity")).isEqualTo("day");
    assertThat(week.getJsonArray("buckets").size()).isBetween(7, 8);
    assertThat(api().get("api/routing-activity?period=forever").status()).isEqualTo(400);
    assertThat(api().get("api/routing-activity?period=90d&granularity=hour").status())
        .isEqualTo(400);
  }

  private JsonObject currentHour() {
    JsonObject activity = api().get("api/routing-activity?period=2h").json();
    assertThat(activity.getString("granularity")).isEqualTo("hour");
    var buckets = activity.getJsonArray("buckets");
    return buckets.getJsonObject(buckets.size() - 1);
  }
}

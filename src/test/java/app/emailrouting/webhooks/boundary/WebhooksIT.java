package app.emailrouting.webhooks.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import app.emailrouting.support.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over real HTTP: a receiving server in the test verifies each delivery's Standard
 * Webhooks signature, sees events in order per request, retries after 500s, a manual send again,
 * and an endpoint that fails for too long disabled with an audit event. The test service retries
 * after 0.3 s, 0.3 s, 0.5 s, then 1 s, and disables an endpoint after 3 s of failures.
 */
@ServiceTest
class WebhooksIT {

  @ServiceUrl URL base;

  private final WebhookReceiver receiver = new WebhookReceiver();
  private long subscription;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void fresh() {
    api().freshSandbox();
  }

  @AfterEach
  void unsubscribe() {
    if (subscription > 0) {
      api().delete("api/webhooks/" + subscription);
    }
    receiver.close();
  }

  private String subscribe(String url, String... events) {
    var list = Json.createArrayBuilder();
    List.of(events).forEach(list::add);
    Answer created =
        api()
            .post(
                "api/webhooks",
                Json.createObjectBuilder().add("url", url).add("events", list).build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    subscription = created.json().getJsonNumber("id").longValue();
    return created.json().getString("secret");
  }

  private long accept(String routing) {
    Answer accepted =
        api()
            .post(
                "api/routing-requests",
                "{\"externalId\": \"" + UUID.randomUUID() + "\"" + routing + "}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    return accepted.json().getJsonNumber("id").longValue();
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  void a_routed_and_a_failed_request_are_delivered_signed_with_what_the_crm_needs() {
    String secret = subscribe(receiver.url(), "routing-request.routed", "routing-request.failed");
    assertThat(secret).startsWith("whsec_");
    assertThat(api().get("api/webhooks/" + subscription).text()).doesNotContain("whsec_");

    long routed = accept(", \"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\"");
    JsonObject request = api().awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(15));
    var call = receiver.await("\"id\":" + routed + ",", 1, Duration.ofSeconds(15)).get(0);
    assertThat(WebhookReceiver.signedWith(secret, call)).as(call.toString()).isTrue();
    assertThat(call.id()).startsWith("msg_");
    assertThat(Math.abs(Long.parseLong(call.timestamp()) - Instant.now().getEpochSecond()))
        .isLessThan(60);
    JsonObject payload = json(call.body());
    assertThat(payload.getString("type")).isEqualTo("routing-request.routed");
    assertThat(payload.getJsonObject("data").getString("conversationId"))
        .isEqualTo(request.getString("conversationId"));
    assertThat(payload.getJsonObject("data").getString("externalId"))
        .isEqualTo(request.getString("externalId"));
    assertThat(payload.getString("text")).contains(request.getString("conversationId"));
    Duration latency = Duration.between(Instant.parse(request.getString("routedAt")), call.at());
    System.out.println("WEBHOOK_LATENCY routed->delivered ms=" + latency.toMillis());
    System.out.println("WEBHOOK_PAYLOAD " + call.body());

    long failed = accept(", \"subject\": \"no queue\"");
    api().awaitStatus(failed, Set.of("FAILED"), Duration.ofSeconds(15));
    String failedBody =
        receiver.await("\"id\":" + failed + ",", 1, Duration.ofSeconds(15)).get(0).body();
    System.out.println("WEBHOOK_PAYLOAD " + failedBody);
    JsonObject failure = json(failedBody);
    assertThat(failure.getString("type")).isEqualTo("routing-request.failed");
    assertThat(failure.getJsonObject("data").getString("failureReason")).isEqualTo("INVALID_FLOW");
    assertThat(failure.getJsonObject("data").getJsonObject("apiResponse").getString("message"))
        .isNotBlank();
    assertThat(failure.getJsonObject("data").getString("link"))
        .endsWith("request.xhtml?id=" + failed);
    assertThat(failure.getString("text")).contains("INVALID_FLOW");

    var deliveries =
        api().get("api/webhooks/" + subscription + "/deliveries").structure().asJsonArray();
    assertThat(deliveries.getValuesAs(JsonObject.class))
        .allSatisfy(d -> assertThat(d.getString("state")).isEqualTo("DELIVERED"))
        .allSatisfy(d -> assertThat(d.getInt("lastStatus")).isEqualTo(200));
  }

  @Test
  void after_500s_a_request_s_events_are_retried_and_arrive_in_order_and_can_be_sent_again() {
    String secret = subscribe(receiver.url(), "routing-request.routed", "routing-request.failed");
    // the queue is missing: the request fails, then routes once the admin rerouted it
    api().changeSandbox("{\"queues\": [{\"id\": \"other\", \"name\": \"Other\"}]}");
    receiver.failNext(3);
    long id = accept(", \"queueId\": \"" + SeedData.SUPPORT_QUEUE_ID + "\"");
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(15));
    assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);
    Answer rerouted =
        api()
            .send(
                "PATCH",
                "api/routing-requests/" + id,
                "application/merge-patch+json",
                BodyPublishers.ofString("{\"failedAttempts\": 0}"));
    assertThat(rerouted.status()).as(rerouted.toString()).isEqualTo(200);
    api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(15));

    var calls = receiver.await("\"id\":" + id + ",", 5, Duration.ofSeconds(20));
    assertThat(calls)
        .extracting(WebhookReceiver.Call::answered)
        .containsExactly(500, 500, 500, 200, 200);
    assertThat(calls.subList(0, 4))
        .as("the same message each time, until it is taken")
        .extracting(c -> json(c.body()).getString("type"))
        .containsOnly("routing-request.failed");
    assertThat(calls.subList(0, 4))
        .extracting(WebhookReceiver.Call::id)
        .containsOnly(calls.get(0).id());
    assertThat(json(calls.get(4).body()).getString("type"))
        .as("the routed event waited for the failed one")
        .isEqualTo("routing-request.routed");
    assertThat(calls).allSatisfy(c -> assertThat(WebhookReceiver.signedWith(secret, c)).isTrue());

    var failedDelivery =
        api()
            .get("api/webhooks/" + subscription + "/deliveries")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("type").equals("routing-request.failed"))
            .findFirst()
            .orElseThrow();
    assertThat(failedDelivery.getInt("attempts")).isEqualTo(4);
    assertThat(failedDelivery.getString("state")).isEqualTo("DELIVERED");

    Answer again =
        api().post("api/webhook-deliveries/" + failedDelivery.getInt("id") + "/resend", "");
    assertThat(again.status()).as(again.toString()).isEqualTo(202);
    String webhookId = failedDelivery.getString("webhookId");
    assertThat(receiver.await(webhookId, 5, Duration.ofSeconds(10)))
        .as("four attempts, then the one sent again, with the same webhook-id")
        .allSatisfy(c -> assertThat(c.id()).isEqualTo(webhookId));
  }

  @Test
  void an_endpoint_that_fails_for_too_long_is_disabled_and_the_audit_log_says_so() {
    receiver.failNext(1_000);
    subscribe(receiver.url(), "routing-request.failed");
    accept(", \"subject\": \"fails\"");
    Api.await(
        "disabled",
        Duration.ofSeconds(20),
        () -> !api().get("api/webhooks/" + subscription).json().getBoolean("enabled"));
    JsonObject disabled = api().get("api/webhooks/" + subscription).json();
    assertThat(disabled.getString("disabledReason")).contains("every delivery failed");
    var audit =
        api()
            .get("api/audit-events?action=WEBHOOK_DISABLED&targetId=" + subscription)
            .json()
            .getJsonArray("items");
    assertThat(audit).hasSize(1);
    assertThat(audit.getJsonObject(0).getString("actor")).isEqualTo("service");

    Answer enabled =
        api()
            .send(
                "PATCH",
                "api/webhooks/" + subscription,
                "application/json",
                BodyPublishers.ofString("{\"enabled\": true}"));
    assertThat(enabled.json().getBoolean("enabled")).isTrue();
  }

  @Test
  void a_pause_and_its_resume_are_announced_with_the_reason_and_a_chat_line() {
    String secret =
        subscribe(receiver.url(), "routing-pipeline.paused", "routing-pipeline.resumed");
    try {
      api().pauseRouting();
      var paused = receiver.await("routing-pipeline.paused", 1, Duration.ofSeconds(15)).get(0);
      assertThat(WebhookReceiver.signedWith(secret, paused)).isTrue();
      System.out.println("WEBHOOK_PAYLOAD " + paused.body());
      JsonObject pause = json(paused.body());
      assertThat(pause.getJsonObject("data").getString("state")).isEqualTo("PAUSED");
      assertThat(pause.getJsonObject("data").getString("reason")).isEqualTo("BAD_CREDENTIALS");
      assertThat(pause.getString("text"))
          .startsWith("Routing to Genesys Cloud paused: BAD_CREDENTIALS");
    } finally {
      api().sandboxFaults("{\"wrongCredentials\": false, \"expiredTokens\": false}");
      api().post("api/routing-pipeline/resume", "");
    }
    var resumed = receiver.await("routing-pipeline.resumed", 1, Duration.ofSeconds(15)).get(0);
    assertThat(json(resumed.body()).getJsonObject("data").getString("state")).isEqualTo("RUNNING");
  }

  @Test
  void bad_subscriptions_are_refused_with_the_field() {
    Answer badUrl =
        api()
            .post(
                "api/webhooks", "{\"url\": \"ftp://x\", \"events\": [\"routing-request.routed\"]}");
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.text()).contains("url");
    Answer badEvent =
        api()
            .post(
                "api/webhooks", "{\"url\": \"https://crm.example.com/h\", \"events\": [\"nope\"]}");
    assertThat(badEvent.status()).isEqualTo(400);
    assertThat(badEvent.text()).contains("unknown event nope");
    assertThat(api().get("api/webhooks/424242").status()).isEqualTo(404);
  }
}

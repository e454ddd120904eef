package app.emailrouting.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.GenesysFake;
import app.emailrouting.support.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Webhooks across a crash: the CRM's endpoint answers 500 while the routed events pile up and are
 * retried; the instance is killed (SIGKILL) mid-retry; a new instance on the same database sends
 * every one of them once the endpoint works again. The outbox is the database: nothing is lost.
 */
class WebhookRestartSuite {

  private static final int REQUESTS = 50;
  private static final Map<String, String> OPTIONS =
      Map.of(
          "webhooks.retry-delays-seconds",
              "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
          "webhooks.lease-seconds", "5",
          "webhooks.sweep-interval-ms", "200",
          "routing.sweep-interval-ms", "200");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void routedEventsPendingAtACrashAreAllDeliveredByTheNextInstance() throws Exception {
    RoutingDatabase.recreateSchema();
    String secretKey = ReliabilitySettings.secretKey();
    try (GenesysFake genesys = GenesysFake.start(ReliabilitySettings.fakeGenesysPort());
        WebhookReceiver receiver = new WebhookReceiver().failNext(Integer.MAX_VALUE)) {
      var first = start(0, secretKey);
      String secret = subscribe(first.url(), receiver.url());
      var intake = new Intake(first.url());
      List<String> ids =
          IntStream.rangeClosed(1, REQUESTS).mapToObj("hook-%04d"::formatted).toList();
      ids.forEach(id -> assertThat(intake.post(0, id).accepted()).isTrue());
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (RoutingDatabase.count("ROUTED") < REQUESTS || receiver.calls().size() < 2 * REQUESTS) {
        assertThat(Instant.now()).as("routed and retried before the crash").isBefore(deadline);
        Pause.millis(100);
      }
      int failedBeforeCrash = receiver.calls().size();
      first.kill();

      receiver.failNext(0);
      Instant restarted = Instant.now();
      try (var second = start(1, secretKey)) {
        Instant ready = Instant.now();
        for (String id : ids) {
          String of = "\"externalId\":\"" + id + "\"";
          // the calls refused before the crash are there at once: wait for one answered 200
          Api.await(
              id + " delivered",
              Duration.ofMinutes(2),
              () ->
                  receiver.calls().stream()
                      .anyMatch(call -> call.answered() == 200 && call.body().contains(of)));
          assertThat(receiver.await(of, 1, Duration.ZERO))
              .as(id)
              .allSatisfy(call -> assertThat(WebhookReceiver.signedWith(secret, call)).isTrue());
        }
        Api.await(
            "every event delivered", Duration.ofMinutes(1), () -> delivered(receiver) >= REQUESTS);
        Instant allDelivered = Instant.now();
        System.out.printf(
            "WEBHOOK_RESTART requests=%d failed_calls_before_kill=%d restart_to_ready_s=%.1f"
                + " ready_to_all_delivered_s=%.1f%n",
            REQUESTS,
            failedBeforeCrash,
            Duration.between(restarted, ready).toMillis() / 1000.0,
            Duration.between(ready, allDelivered).toMillis() / 1000.0);
        assertThat(delivered(receiver))
            .as("each event delivered once it was taken")
            .isEqualTo(REQUESTS);
      }
    }
  }

  private static long delivered(WebhookReceiver receiver) {
    return receiver.calls().stream()
        .filter(c -> c.answered() == 200)
        .map(WebhookReceiver.Call::id)
        .distinct()
        .count();
  }

  private static ServiceInstance start(int index, String secretKey) {
    return ServiceInstance.start(
        ReliabilitySettings.instance(
            "webhook-restart", index, ReliabilitySettings.dbUrl(), secretKey, OPTIONS));
  }

  /** Subscribes the receiver to routed events as the admin; the secret. */
  private static String subscribe(URI instance, String url) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + ReliabilitySettings.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(instance.resolve("api/webhooks"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"url\": \"" + url + "\", \"events\": [\"routing-request.routed\"]}"))
            .build();
    HttpResponse<String> created = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var matcher = Pattern.compile("\"secret\":\"(whsec_[^\"]+)\"").matcher(created.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}

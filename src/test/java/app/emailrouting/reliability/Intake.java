package app.emailrouting.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;

/**
 * A CRM automation posting routing requests with the intake API key, as fast as it is answered.
 * Each request's screen pop is its external id, so that the Genesys fake's ledger (keyed by {@code
 * SF_URLPop}) and the database (keyed by external id) name the same request.
 */
public final class Intake {

  /** One POST's answer; status -1 when the service did not answer (refused, reset, timed out). */
  public record Answer(int status, String contentType, String body) {

    public boolean accepted() {
      return status == 202 || status == 200;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body.substring(0, Math.min(200, body.length()));
    }
  }

  private static final String QUEUE_ID = "6f2b8a4e-4c1d-4a3e-9b7f-2c5d7e8f9a01";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final List<URI> instances;

  public Intake(List<URI> instances) {
    this.instances = List.copyOf(instances);
  }

  public Intake(URI instance) {
    this(List.of(instance));
  }

  /** Posts one request to one instance (by index, modulo the instances). */
  public Answer post(int instance, String externalId) {
    URI base = instances.get(Math.floorMod(instance, instances.size()));
    var request =
        HttpRequest.newBuilder(base.resolve("api/routing-requests"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + ReliabilitySettings.INTAKE_KEY)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json(externalId)))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException notAnswered) {
      return new Answer(-1, "", String.valueOf(notAnswered));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "", "interrupted");
    }
  }

  /**
   * Posts a request until an instance accepts it, trying the next instance after a failure (a CRM
   * retries; the external id makes the retry safe). False if none did within a minute.
   */
  boolean postUntilAccepted(int firstInstance, String externalId) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    for (int attempt = firstInstance; System.nanoTime() < deadline; attempt++) {
      if (post(attempt, externalId).accepted()) {
        return true;
      }
      Pause.millis(100);
    }
    return false;
  }

  public static String json(String externalId) {
    return ("{\"externalId\": \"%1$s\", \"queueId\": \"%2$s\", \"screenPopId\": \"%1$s\","
            + " \"subject\": \"Reliability %1$s\", \"fromAddress\": \"customer@example.com\","
            + " \"toAddress\": \"support@example.com\"}")
        .formatted(externalId, QUEUE_ID);
  }
}

package app.emailrouting.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: on each sweep, and at once after deliveries are committed, claims due
 * deliveries and POSTs each (JSON, with the Standard Webhooks headers) outside any transaction,
 * then records the answer. One sweep at a time per instance; instances share the work through the
 * claims.
 */
@ApplicationScoped
public class WebhookDispatcher {

  public static final String EXECUTOR = "java:app/concurrent/webhooks";
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  private static final int CLAIM = 50;

  @Inject WebhookSender sender;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "webhooks.timeout-ms", defaultValue = "10000")
  long timeoutMillis;

  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private HttpClient http;

  @PostConstruct
  void createClient() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(Math.min(timeoutMillis, 5000)))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void written(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.DeliveriesWritten event) {
    try {
      executor.execute(this::sweep);
    } catch (RejectedExecutionException busy) {
      LOG.fine("Webhook executor busy; the next sweep sends the deliveries");
    }
  }

  /** Sends what is due, until nothing is; a sweep asked for meanwhile runs right after. */
  public void sweep() {
    again.set(true);
    while (again.get() && sweeping.compareAndSet(false, true)) {
      try {
        again.set(false);
        List<WebhookSender.Claimed> claimed;
        do {
          claimed = sender.claimDue(CLAIM);
          claimed.forEach(this::send);
        } while (claimed.size() == CLAIM);
      } finally {
        sweeping.set(false);
      }
    }
  }

  private void send(WebhookSender.Claimed delivery) {
    long timestamp = System.currentTimeMillis() / 1000;
    try {
      var request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(Duration.ofMillis(timeoutMillis))
              .header("Content-Type", "application/json")
              .header("User-Agent", "email-routing-webhooks/1")
              .header("webhook-id", delivery.messageId())
              .header("webhook-timestamp", String.valueOf(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSignature.sign(
                      delivery.secret(), delivery.messageId(), timestamp, delivery.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        sender.delivered(delivery, response.statusCode(), response.body());
      } else {
        sender.failed(delivery, response.statusCode(), response.body(), null);
      }
    } catch (IOException | IllegalArgumentException e) {
      sender.failed(delivery, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.log(Level.INFO, "Webhook sending interrupted; the lease brings it back", e);
    }
  }
}

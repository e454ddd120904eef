package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.BrowserTest;
import app.emailrouting.support.WebhookReceiver;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Webhooks page in a real browser: subscribe (the secret shown once), see a routed request's
 * delivery and the endpoint's answer, send it again, delete the subscription.
 */
class WebhooksPageIT extends BrowserTest {

  @Test
  void an_admin_subscribes_sees_the_delivery_sends_it_again_and_deletes_the_subscription() {
    api().freshSandbox();
    try (var receiver = new WebhookReceiver()) {
      var page = admin().open("webhooks.xhtml");
      page.type("create:url", receiver.url());
      page.submit("create:subscribe");
      assertThat(page.text("messages")).contains("created");
      String secret = page.byId("new-secret:secret").getAttribute("value");
      assertThat(secret).startsWith("whsec_");
      page.screenshot("webhooks-created");
      assertThat(page.open("webhooks.xhtml").has("new-secret:secret")).as("shown once").isFalse();

      String externalId = "hooked-" + UUID.randomUUID();
      var accepted =
          api()
              .post(
                  "api/routing-requests",
                  "{\"externalId\": \""
                      + externalId
                      + "\", \"queueId\": \""
                      + SeedData.SUPPORT_QUEUE_ID
                      + "\"}");
      api()
          .awaitStatus(
              accepted.json().getJsonNumber("id").longValue(),
              Set.of("ROUTED"),
              Duration.ofSeconds(15));
      var call = receiver.await(externalId, 1, Duration.ofSeconds(15)).get(0);
      assertThat(WebhookReceiver.signedWith(secret, call)).isTrue();

      String row = rowOf(page, receiver.url());
      page.byId("subscriptions:table:" + row + ":deliveries").click();
      Api.await(
          "deliveries shown", Duration.ofSeconds(10), () -> page.has("delivery-list:deliveries"));
      assertThat(page.text("delivery-list:deliveries"))
          .contains("routing-request.routed")
          .contains("HTTP 200");
      page.screenshot("webhooks-deliveries");
      page.byId("delivery-list:deliveries:0:resend").click();
      receiver.await(call.id(), 2, Duration.ofSeconds(15));

      page.byId("subscriptions:table:" + row + ":delete").click();
      page.byId("subscriptions:confirm-yes").click();
      Api.await(
          "deleted",
          Duration.ofSeconds(10),
          () -> !api().get("api/webhooks").text().contains(receiver.url()));
    }
  }

  /** The row index of the subscription to this URL in the page's table. */
  private static String rowOf(app.emailrouting.support.Browser page, String url) {
    for (int i = 0; page.has("subscriptions:table:" + i + ":url"); i++) {
      if (page.text("subscriptions:table:" + i + ":url").equals(url)) {
        return String.valueOf(i);
      }
    }
    throw new AssertionError("no subscription to " + url);
  }
}

package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.BrowserTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fixing failures faster in a real browser: a queue deleted and recreated under its name is
 * suggested on the request's page, checked ("would they route now?") and applied to its group in
 * one bulk reroute; reroute once fixed is switched on from the dashboard and done after Retrieve
 * Options.
 */
class FixingFasterPagesIT extends BrowserTest {

  private static final String SUPPORT = SeedData.SUPPORT_QUEUE_ID;

  @BeforeEach
  void optionsOfTheSeed() {
    api().freshSandbox();
    api().retrieveOptions();
  }

  @Test
  void a_queue_recreated_under_its_name_is_suggested_checked_and_applied_to_its_group() {
    String recreated = UUID.randomUUID().toString();
    api().changeSandbox("{\"queues\": [{\"id\": \"" + recreated + "\", \"name\": \"Support\"}]}");
    String marker = "recreated-" + UUID.randomUUID();
    var ids = api().acceptFailed(marker, SUPPORT, 4);
    api().retrieveOptions();

    var page = admin().open("request.xhtml?id=" + ids.get(0));
    assertThat(page.text("suggestion-list"))
        .isEqualTo("queueId " + SUPPORT + " is gone; “Support” now has the id " + recreated + ".");
    page.screenshot("request-suggestion");
    page.submit("suggestions:apply-suggestions");
    assertThat(page.text("messages")).contains("Suggestions applied");
    assertThat(
            api()
                .awaitStatus(ids.get(0), Set.of("ROUTED"), Duration.ofSeconds(15))
                .getString("queueId"))
        .isEqualTo(recreated);

    page.open("failed.xhtml?q=" + marker);
    page.byId("list:bulk-reroute").click();
    Api.await("the check", Duration.ofSeconds(10), () -> page.has("confirm-form:check-counts"));
    assertThat(page.text("confirm-form:bulk-count")).startsWith("Reroute 3 ");
    assertThat(page.text("confirm-form:check-counts"))
        .startsWith("Would they route now? 0 would route, 3 would fail again");
    assertThat(page.text("check-reasons")).isEqualTo("Invalid routing options: 3");
    assertThat(page.text("confirm-form:check-suggestions"))
        .isEqualTo("3 have suggestions; with them applied, 3 would route.");
    page.screenshot("bulk-route-check");
    page.byId("confirm-form:bulk-confirm").click();

    for (long id : ids) {
      assertThat(
              api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(20)).getString("queueId"))
          .isEqualTo(recreated);
    }
  }

  @Test
  void reroute_once_fixed_is_switched_on_from_the_dashboard_and_done_after_retrieve_options() {
    api()
        .changeSandbox(
            "{\"queues\": [{\"id\": \""
                + SeedData.BILLING_QUEUE_ID
                + "\", \"name\": \"Billing\"}]}");
    var ids = api().acceptFailed("once-fixed-" + UUID.randomUUID(), SUPPORT, 2);
    try {
      var page = admin();
      String toggle =
          page.script(
                  "return document.querySelector('.reason-INVALID_ROUTING_OPTIONS"
                      + " [id$=auto-toggle]').id;")
              .toString();
      assertThat(page.text(toggle.replace("auto-toggle", "auto-state")))
          .isEqualTo("Reroute once fixed: off");
      page.submit(toggle);
      assertThat(page.text("messages")).contains("rerouted automatically once it is fixed");
      assertThat(
              api()
                  .get("api/auto-reroute")
                  .json()
                  .getJsonObject("INVALID_ROUTING_OPTIONS")
                  .getBoolean("enabled"))
          .isTrue();
      page.screenshot("dashboard-auto-reroute");

      // Support is back in Genesys Cloud; the admin retrieves the options
      assertThat(api().post("api/sandbox/reset", "").status()).isEqualTo(200);
      page.open("options.xhtml");
      page.submit("retrieve:retrieve-options");
      for (long id : ids) {
        api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(30));
      }
    } finally {
      api()
          .send(
              "PUT",
              "api/auto-reroute/INVALID_ROUTING_OPTIONS",
              "application/json",
              BodyPublishers.ofString("{\"enabled\": false}"));
    }
  }
}

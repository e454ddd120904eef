package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.Browser;
import app.emailrouting.support.BrowserTest;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The sandbox page (fault switches, a stale queue, reset; audited like the API) and the audit log
 * page (filters, More, details) in a real browser.
 */
class SandboxAuditPagesIT extends BrowserTest {

  @BeforeEach
  void freshSandbox() {
    api().freshSandbox();
  }

  @AfterEach
  void closeBrowserAndRestoreTheSandbox() {
    api().freshSandbox();
  }

  @Test
  void switching_wrong_credentials_on_is_saved_and_audited_as_a_sandbox_change_by_admin() {
    long lastChange = newestEventId("SANDBOX_CHANGED");
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("sandbox.xhtml");
    assertThat(page.text("sandbox-title")).isEqualTo("Sandbox");
    assertThat(page.byId("faults:wrong-credentials_input").isSelected()).isFalse();

    switchOn(page, "faults:wrong-credentials");
    page.submit("faults:save");

    assertThat(page.text("messages")).contains("Fault switches saved.");
    assertThat(page.byId("faults:wrong-credentials_input").isSelected()).isTrue();
    page.screenshot("sandbox");
    assertThat(page.width(1024).overflowsWidth()).as("usable at 1024 px").isFalse();
    JsonObject faults = sandbox().getJsonObject("faults");
    assertThat(faults.getBoolean("wrongCredentials")).isTrue();
    assertThat(faults.getBoolean("outage")).as("the other switches unchanged").isFalse();
    JsonObject event = newestEvent("SANDBOX_CHANGED");
    assertThat(event.getJsonNumber("id").longValue()).isGreaterThan(lastChange);
    assertThat(event.getString("actor")).isEqualTo("admin");
    assertThat(event.getString("summary")).isEqualTo("Sandbox changed");

    page.open("audit.xhtml?action=SANDBOX_CHANGED&actor=admin");
    assertThat(page.text("list:events:0:action")).isEqualTo("Sandbox changed");
    assertThat(page.text("list:events:0:actor")).isEqualTo("admin");
    assertThat(page.text("list:events:0:target")).isEqualTo("Sandbox");
    assertThat(page.text("list:events:0:summary")).isEqualTo("Sandbox changed");
  }

  @Test
  void deleting_a_queue_on_the_sandbox_page_makes_it_unknown_to_the_sandbox() {
    List<String> seedQueues = queueIds();
    int sales = seedQueues.indexOf(SeedData.SALES_QUEUE_ID);
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("sandbox.xhtml");
    assertThat(page.text("queues:queues:" + sales + ":name")).isEqualTo("Sales");

    page.submit("queues:queues:" + sales + ":delete");

    assertThat(page.text("messages")).contains("Queue Sales deleted");
    assertThat(page.text("queues:queues")).doesNotContain("Sales");
    assertThat(queueIds())
        .doesNotContain(SeedData.SALES_QUEUE_ID)
        .containsExactlyElementsOf(
            seedQueues.stream().filter(id -> !id.equals(SeedData.SALES_QUEUE_ID)).toList());

    page.select("renamedQueueMenu", SeedData.SUPPORT_QUEUE_ID);
    page.type("rename:new-name", "Support EMEA");
    page.submit("rename:rename-queue");

    assertThat(page.text("messages")).contains("Queue renamed to Support EMEA.");
    assertThat(sandbox().getJsonArray("queues").getValuesAs(JsonObject.class))
        .filteredOn(queue -> queue.getString("id").equals(SeedData.SUPPORT_QUEUE_ID))
        .extracting(queue -> queue.getString("name"))
        .containsExactly("Support EMEA");
  }

  @Test
  void a_negative_delay_is_refused_with_a_clear_error_and_changes_nothing() {
    JsonObject before = sandbox();
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("sandbox.xhtml");

    switchOn(page, "faults:outage");
    page.type("faults:slow-millis", "-5");
    page.submit("faults:save");

    assertThat(page.text("messages"))
        .contains("Nothing changed")
        .contains("Slow answers (ms)")
        .contains("must be from 0 to 60000");
    JsonObject after = sandbox();
    assertThat(after.getJsonObject("faults")).isEqualTo(before.getJsonObject("faults"));
    assertThat(after.getJsonArray("queues")).isEqualTo(before.getJsonArray("queues"));
  }

  @Test
  void reset_brings_back_the_seed_organization_without_faults() {
    api()
        .changeSandbox(
            "{\"queues\": [{\"id\": \"only-queue\", \"name\": \"Only queue\"}],"
                + " \"faults\": {\"rateLimited\": true, \"failNextCalls\": 3}}");
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("sandbox.xhtml");
    assertThat(page.text("queues:queues")).contains("Only queue");
    long lastChange = newestEventId("SANDBOX_CHANGED");

    page.byId("reset-form:reset").click();
    Api.await(
        "the confirmation",
        Duration.ofSeconds(10),
        () -> page.byId("reset-form:confirm-yes").isDisplayed());
    page.submit("reset-form:confirm-yes");

    assertThat(page.text("messages")).contains("Sandbox reset to its seed organization.");
    assertThat(page.text("queues:queues")).contains("Support").doesNotContain("Only queue");
    assertThat(queueIds())
        .containsExactlyElementsOf(
            SeedData.data().queues().stream().map(queue -> queue.id()).toList());
    JsonObject faults = sandbox().getJsonObject("faults");
    assertThat(faults.getBoolean("rateLimited")).isFalse();
    assertThat(faults.getInt("failNextCalls")).isZero();
    JsonObject event = newestEvent("SANDBOX_CHANGED");
    assertThat(event.getJsonNumber("id").longValue()).isGreaterThan(lastChange);
    assertThat(event.getString("summary")).isEqualTo("Sandbox reset");
  }

  @Test
  void the_audit_log_filters_by_action_pages_with_more_and_shows_the_details_of_an_event() {
    long id = failedRequest("audit-" + UUID.randomUUID());
    for (int priority = 1; priority <= 3; priority++) {
      patch(id, "{\"priority\": " + priority + "}");
    }
    patch(id, "{\"failedAttempts\": 0}");
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("audit.xhtml?targetId=" + id);
    assertThat(page.text("list:events"))
        .contains("Routing request rerouted")
        .contains("Routing request edited");

    page.open("audit.xhtml?targetId=" + id + "&limit=2");
    page.select("actionMenu", "ROUTING_REQUEST_EDITED");
    page.submit("filters:apply");

    assertThat(page.script("return location.search").toString())
        .contains("action=ROUTING_REQUEST_EDITED")
        .contains("targetId=" + id);
    assertThat(actions(page)).containsExactly("Routing request edited", "Routing request edited");
    assertThat(page.text("list:events:0:summary")).isEqualTo("Edited priority");
    assertThat(page.byId("list:events:0:target-link").getAttribute("href"))
        .contains("request.xhtml?id=" + id);
    page.byId("list:more").click();
    Api.await("the next page", Duration.ofSeconds(10), () -> page.has("list:events:2:action"));
    page.waitForPage();
    assertThat(actions(page)).hasSize(3).containsOnly("Routing request edited");
    assertThat(page.has("list:more")).as("no more after the last page").isFalse();

    page.byId("list:events:0:action")
        .findElement(By.xpath("ancestor::tr"))
        .findElement(By.className("ui-row-toggler"))
        .click();
    Api.await("the details", Duration.ofSeconds(10), () -> page.has("list:events:0:details"));
    String details = page.text("list:events:0:details");
    assertThat(details).contains("\"before\"").contains("\"after\"").contains("\"priority\": 3");
    assertThat(details.lines().count()).as("indented, one member a line").isGreaterThan(5);
    page.screenshot("audit");
    assertThat(page.width(1024).overflowsWidth()).as("usable at 1024 px").isFalse();
  }

  @Test
  void a_viewer_reads_the_audit_log_but_is_refused_the_sandbox_and_has_no_link_to_it() {
    var viewer = api().createUser("viewer");
    var page = english().signIn(viewer.name(), viewer.password());
    String own = "own-Passw0rd-" + UUID.randomUUID();
    page.changePassword(viewer.password(), own);
    page.signIn(viewer.name(), own);
    assertThat(page.has("nav-audit")).isTrue();
    assertThat(page.has("nav-sandbox")).isFalse();

    page.open("audit.xhtml?action=USER_CREATED&targetId=" + viewer.name());
    assertThat(page.text("list:events:0:action")).isEqualTo("User created");
    assertThat(page.text("list:events:0:summary")).contains(viewer.name());

    page.open("sandbox.xhtml");
    assertThat(page.currentPath()).isEqualTo("/index.xhtml");
    assertThat(page.text("messages")).contains("You may not do this: it needs the role admin");
    assertThat(page.has("faults")).isFalse();
    assertThat(page.has("reset-form:reset")).isFalse();
    assertThat(page.pageSource()).doesNotContain(SeedData.SUPPORT_QUEUE_ID);
  }

  @Test
  void the_audit_log_and_the_sandbox_speak_french() {
    long id = failedRequest("audit-fr-" + UUID.randomUUID());
    patch(id, "{\"priority\": 7}");
    var page = french().signIn("admin", Api.ADMIN_PASSWORD);

    page.open("audit.xhtml?targetId=" + id);
    assertThat(page.text("audit-title")).isEqualTo("Journal d’audit");
    assertThat(page.text("list:events:0:action")).isEqualTo("Demande de routage éditée");
    assertThat(page.text("list:events:0:target-link")).isEqualTo("Demande de routage " + id);
    assertThat(page.text("filters")).contains("Type de cible").contains("Id de la cible");

    page.open("sandbox.xhtml");
    assertThat(page.text("sandbox-title")).isEqualTo("Bac à sable");
    assertThat(page.text("faults-title")).isEqualTo("Pannes simulées");
    assertThat(page.text("faults")).contains("Mauvaises qualifications");
  }

  /** Turns a PrimeFaces toggle switch on as a user does, by clicking it. */
  private static void switchOn(Browser page, String id) {
    page.byId(id).findElement(By.className("ui-toggleswitch-slider")).click();
    assertThat(page.byId(id + "_input").isSelected()).as(id + " on").isTrue();
  }

  private static List<String> actions(Browser page) {
    var actions = new java.util.ArrayList<String>();
    for (int row = 0; page.has("list:events:" + row + ":action"); row++) {
      actions.add(page.text("list:events:" + row + ":action"));
    }
    return actions;
  }

  private JsonObject sandbox() {
    Answer answer = api().get("api/sandbox");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private List<String> queueIds() {
    return sandbox().getJsonArray("queues").getValuesAs(JsonObject.class).stream()
        .map(queue -> queue.getString("id"))
        .toList();
  }

  private JsonObject newestEvent(String action) {
    return api()
        .get("api/audit-events?limit=1&action=" + action)
        .json()
        .getJsonArray("items")
        .getJsonObject(0);
  }

  private long newestEventId(String action) {
    var items = api().get("api/audit-events?limit=1&action=" + action).json().getJsonArray("items");
    return items.isEmpty() ? 0 : items.getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A routing request with neither queue nor flow: it fails at once as an invalid flow. */
  private long failedRequest(String externalId) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("externalId", externalId)
            .add("subject", externalId)
            .build()
            .toString();
    Answer accepted = api().post("api/routing-requests", body);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    long id = accepted.json().getJsonNumber("id").longValue();
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10));
    return id;
  }

  private void patch(long id, String mergePatch) {
    Answer patched =
        api()
            .send(
                "PATCH",
                "api/routing-requests/" + id,
                "application/merge-patch+json",
                BodyPublishers.ofString(mergePatch));
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
  }
}

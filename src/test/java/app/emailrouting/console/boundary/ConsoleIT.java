package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.BrowserTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The console in a real browser (Debian's headless Chromium): sign-in, dashboard, roles, French.
 */
class ConsoleIT extends BrowserTest {

  @AfterEach
  void routingAsBefore() {
    api().sandboxFaults("{\"wrongCredentials\": false, \"expiredTokens\": false}");
    api().post("api/routing-pipeline/resume", "");
  }

  @Test
  void a_wrong_password_is_refused_and_the_right_one_opens_the_dashboard() {
    var page = english().open("");
    assertThat(page.currentPath()).startsWith("/login.xhtml");
    page.screenshot("login");

    page.signIn("admin", "not-the-password");
    assertThat(page.text("messages")).contains("Wrong user name or password");

    page.signIn("admin", Api.ADMIN_PASSWORD);
    assertThat(page.text("dashboard-title")).isEqualTo("Dashboard");
    assertThat(page.text("session:signed-in-as")).contains("admin");
    assertThat(Long.parseLong(page.text("count-total"))).isGreaterThanOrEqualTo(0);
    page.screenshot("dashboard");

    page.submit("session:sign-out");
    assertThat(page.currentPath()).startsWith("/login.xhtml");
    assertThat(page.open("index.xhtml").currentPath()).as("signed out").startsWith("/login.xhtml");
  }

  @Test
  void what_a_stranger_wrote_is_shown_as_text_and_the_fix_of_each_cause_is_on_the_dashboard() {
    String payload =
        "<script>window.xss=1</script><img src=x onerror=\"window.xss=2\"> " + UUID.randomUUID();
    String externalId = "<b onmouseover=\"window.xss=3\">" + UUID.randomUUID();
    Answer accepted =
        api()
            .post(
                "api/routing-requests", Json.object("externalId", externalId, "subject", payload));
    assertThat(accepted.status()).isEqualTo(202);

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);

    assertThat(page.text("latest-failed")).contains(payload).contains(externalId);
    assertThat(page.script("return window.xss === undefined")).isEqualTo(true);
    assertThat(page.pageSource()).doesNotContain("<script>window.xss=1</script>");
    assertThat(page.text("groups-title")).isNotBlank();
    assertThat(page.pageSource()).contains("Fix the CRM flow that builds routing requests");
  }

  @Test
  void a_viewer_changes_the_given_password_first_and_sees_no_control_that_changes_anything() {
    var viewer = api().createUser("viewer");
    api().useSandbox();
    api().pauseRouting();

    var page = english().signIn(viewer.name(), viewer.password());
    assertThat(page.currentPath()).startsWith("/password.xhtml");
    page.screenshot("password");
    String own = "own-Passw0rd-" + UUID.randomUUID();
    page.changePassword(viewer.password(), own);
    assertThat(page.text("password-changed")).contains("Password changed");

    page.signIn(viewer.name(), own);
    assertThat(page.text("pipeline-paused")).contains("Paused");
    assertThat(page.has("pipeline:resume")).as("a viewer has no Resume button").isFalse();
    page.screenshot("dashboard-viewer");
  }

  @Test
  void an_admin_resumes_paused_routing_from_the_dashboard() {
    // the sandbox keeps refusing the client: no probe resumes routing before the admin does
    api().useSandbox();
    api().pauseRouting();

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.submit("pipeline:resume");

    page.screenshot("dashboard-resumed");
    assertThat(page.text("messages")).as(page.pageSource()).contains("Routing resumed");
    assertThat(page.text("pipeline-state")).isEqualTo("Running");
    assertThat(api().get("api/routing-pipeline").json().getString("state")).isEqualTo("RUNNING");
  }

  @Test
  void the_console_speaks_the_browser_s_french_and_switches_to_english() {
    var page = french().signIn("admin", Api.ADMIN_PASSWORD);
    assertThat(page.text("dashboard-title")).isEqualTo("Tableau de bord");
    assertThat(page.text("counts-title")).isEqualTo("Demandes de routage");
    page.screenshot("dashboard-fr");

    page.submit("session:language");
    assertThat(page.text("dashboard-title")).isEqualTo("Dashboard");
  }

  @Test
  void the_session_cookie_is_http_only_same_site_and_worth_nothing_to_the_api() {
    Answer login = api().anonymous().root().get("login.xhtml");
    String cookie = login.header("Set-Cookie").orElse("");
    assertThat(cookie)
        .contains("JSESSIONID")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    String session = page.cookie("JSESSIONID").getValue();
    Answer withCookie =
        api()
            .anonymous()
            .send(
                "GET",
                "api/routing-requests",
                null,
                BodyPublishers.noBody(),
                "Cookie",
                "JSESSIONID=" + session);
    assertThat(withCookie.status())
        .as("the API reads the Authorization header only")
        .isEqualTo(401);
  }

  @Test
  void a_forged_form_post_with_the_session_but_without_the_view_state_changes_nothing() {
    api().useSandbox();
    api().pauseRouting();
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    assertThat(page.has("pipeline:resume")).isTrue();
    String session = page.cookie("JSESSIONID").getValue();

    Answer forged =
        api()
            .anonymous()
            .root()
            .send(
                "POST",
                "index.xhtml",
                "application/x-www-form-urlencoded",
                BodyPublishers.ofString(
                    "pipeline=pipeline&pipeline%3Aresume=&jakarta.faces.ViewState=-1234%3A5678"),
                "Cookie",
                "JSESSIONID=" + session);

    assertThat(forged.text()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(api().get("api/routing-pipeline").json().getString("state"))
        .as("the resume of a request without this page's view state is not run")
        .isEqualTo("PAUSED");
  }

  @Test
  void a_failed_request_opens_from_its_external_id_and_its_subject_too() {
    String externalId = "open-" + UUID.randomUUID();
    // neither a queue nor a flow: stored, and failed at once
    long id = accept(Json.object("externalId", externalId, "subject", "Refund " + externalId));
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10));
    var page = english().signIn("admin", Api.ADMIN_PASSWORD);

    for (String link : new String[] {"open-external-id", "open-subject"}) {
      page.open("failed.xhtml?q=" + externalId);
      page.byId("list:requests:0:" + link).click();
      page.waitForPage();
      assertThat(page.currentPath()).as(link).isEqualTo("/request.xhtml");
      assertThat(page.text("external-id")).as(link).isEqualTo(externalId);
      assertThat(page.text("failure-reason")).as(link).isEqualTo("Invalid flow");
    }
  }

  @Test
  void the_seed_workflow_fixes_a_stale_queue_from_the_failed_list() {
    api().useSandbox();
    // the Support queue was replaced in Genesys Cloud by "Support EMEA"
    api().changeSandbox("{\"queues\": [{\"id\": \"support-emea\", \"name\": \"Support EMEA\"}]}");
    String externalId = "stale-" + UUID.randomUUID();
    long id =
        accept(
            Json.object(
                "externalId",
                externalId,
                "queueId",
                app.emailrouting.sandbox.control.SeedData.SUPPORT_QUEUE_ID,
                "subject",
                "Invoice 1042"));
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(10));

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("failed.xhtml?q=" + externalId);
    page.screenshot("failed");
    page.byId("list:requests:0:open").click();
    page.waitForPage();
    assertThat(page.text("failure-reason")).isEqualTo("Invalid routing options");
    assertThat(page.text("api-status")).contains("400");
    assertThat(page.text("fix-text")).startsWith("Retrieve Options, edit the request");
    assertThat(page.has("fix-options")).as("a link to the routing options").isTrue();
    page.screenshot("request");

    page.submit("edit:retrieve-options");
    Api.await(
        "options retrieved",
        Duration.ofSeconds(15),
        () ->
            "SUCCEEDED"
                .equals(api().get("api/routing-options/retrieval").json().getString("state")));
    page.open("request.xhtml?id=" + id);
    page.select("queueMenu", "support-emea");
    page.screenshot("request-edit");
    page.type("edit:failed-attempts_input", "0");
    page.submit("edit:save");

    assertThat(page.text("messages")).contains("rerouted");
    var routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(10));
    assertThat(routed.getString("queueId")).isEqualTo("support-emea");
    page.open("failed.xhtml?q=" + externalId);
    assertThat(page.text("list:requests")).contains("No failed routing request matches");
    api().post("api/sandbox/reset", "");
  }

  @Test
  void a_bulk_reroute_shows_the_count_first_then_its_progress() {
    String marker = "bulk-" + UUID.randomUUID();
    var ids = new java.util.ArrayList<Long>();
    for (int i = 0; i < 3; i++) {
      Answer failed =
          api()
              .post(
                  "api/routing-requests",
                  Json.object("externalId", marker + "-" + i, "subject", marker));
      ids.add(failed.json().getJsonNumber("id").longValue());
    }

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("failed.xhtml?q=" + marker);
    assertThat(
            page.script(
                "return Array.from(document.querySelectorAll('.ui-selection-column .ui-chkbox-box'))"
                    + ".filter(box => box.getBoundingClientRect().width > 0).length;"))
        .as("a visible checkbox on each row and in the header")
        .isEqualTo(4L);
    page.byId("list:bulk-reroute").click();
    Api.await("the count", Duration.ofSeconds(10), () -> page.has("confirm-form:bulk-count"));
    assertThat(page.text("confirm-form:bulk-count"))
        .as("nothing selected: every request the filters match")
        .isEqualTo("Reroute 3 failed routing request(s)?");
    page.byId("confirm-form:bulk-abandon").click();

    // the newest two rows (ids[2] and ids[1]): only they are rerouted
    page.script(
        "var boxes = document.querySelectorAll('tbody .ui-selection-column .ui-chkbox-box');"
            + " boxes[0].click(); boxes[1].click();");
    page.byId("list:bulk-reroute").click();
    Api.await(
        "the count of the selection",
        Duration.ofSeconds(10),
        () -> page.text("confirm-form:bulk-count").startsWith("Reroute 2 "));
    page.screenshot("bulk-confirm");
    page.byId("confirm-form:bulk-confirm").click();

    Api.await(
        "the bulk reroute done",
        Duration.ofSeconds(20),
        () ->
            page.has("progress-form:progress-text")
                && page.text("progress-form:progress-text").endsWith("done"));
    assertThat(page.text("progress-form:progress-text")).isEqualTo("2 of 2 done: done");
    Object csv =
        page.script(
            "var form = document.getElementById('filters');"
                + " var data = new URLSearchParams(new FormData(form));"
                + " data.append('filters:export', '');"
                + " return fetch(form.action, {method: 'POST', body: data}).then(r => r.text());");
    assertThat(csv.toString())
        .as("the Export button's file")
        .startsWith("id,externalId,status,failureReason")
        .contains(marker + "-0", marker + "-1", marker + "-2");
    page.screenshot("bulk-done");
    for (long id : ids.subList(1, 3)) {
      assertThat(api().get("api/routing-requests/" + id).json().getJsonArray("attempts"))
          .as("failed once, rerouted, failed again (neither queue nor flow)")
          .hasSize(2);
    }
    assertThat(api().get("api/routing-requests/" + ids.get(0)).json().getJsonArray("attempts"))
        .as("not selected: not rerouted")
        .hasSize(1);
  }

  @Test
  void all_routing_requests_are_listed_by_status_and_the_dashboard_charts_their_activity() {
    String marker = "all-" + UUID.randomUUID();
    api().freshSandbox();
    long failed = accept(Json.object("externalId", marker + "-f", "subject", marker));
    long routed =
        accept(
            Json.object(
                "externalId",
                marker + "-r",
                "subject",
                marker,
                "queueId",
                app.emailrouting.sandbox.control.SeedData.SUPPORT_QUEUE_ID));
    api().awaitStatus(routed, Set.of("ROUTED"), Duration.ofSeconds(20));

    var page = english().signIn("admin", Api.ADMIN_PASSWORD);
    page.open("requests.xhtml?q=" + marker);
    assertThat(page.text("list:requests"))
        .contains(marker + "-f", marker + "-r", "Failed", "Routed");
    page.screenshot("requests");

    page.open("requests.xhtml?status=SENT&q=" + marker);
    assertThat(page.text("messages"))
        .as("a bookmark with an unknown status")
        .contains("The address has a value for “status” that cannot be read");

    page.open("requests.xhtml?q=" + marker);
    page.select("statusMenu", "ROUTED").submit("filters:apply");
    assertThat(page.currentPath()).isEqualTo("/requests.xhtml");
    assertThat(page.text("list:requests")).contains(marker + "-r").doesNotContain(marker + "-f");
    page.byId("list:requests:0:open").click();
    page.waitForPage();
    assertThat(page.text("request-title")).endsWith(String.valueOf(routed));

    page.open("index.xhtml");
    var day = activityTotals(page.text("activity:activity-summary"));
    assertThat(day[0]).as("received in the last 24 hours").isGreaterThanOrEqualTo(2);
    assertThat(day[1]).as("routed").isGreaterThanOrEqualTo(1);
    assertThat(day[2]).as("failures").isGreaterThanOrEqualTo(1);
    assertThat(
            page.script(
                "return document.getElementById('activity:activity-chart')"
                    + ".querySelector('canvas').getBoundingClientRect().height > 100;"))
        .as("the chart is drawn")
        .isEqualTo(true);
    page.script(
        "document.getElementById('activity:period')"
            + ".querySelector(\"input[value='MONTH']\").parentNode.click();");
    Api.await(
        "the 30 days chart",
        Duration.ofSeconds(10),
        () -> page.text("activity:activity-summary").startsWith("Last 30 days"));
    assertThat(activityTotals(page.text("activity:activity-summary"))[0])
        .isGreaterThanOrEqualTo(day[0]);
    assertThat(failed).isPositive();
  }

  @Test
  void a_request_whose_cause_was_fixed_in_genesys_is_rerouted_from_its_group_in_one_click() {
    api().freshSandbox();
    String queue = UUID.randomUUID().toString();
    String externalId = "reroute-" + UUID.randomUUID();
    long id =
        accept(
            "{\"externalId\": \""
                + externalId
                + "\", \"queueId\": \""
                + queue
                + "\", \"subject\": \"Refund\", \"toAddress\": \"support@example.com\","
                + " \"attributes\": {\"caseNumber\": \"00001026\"}}");
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(20));
    // the queue now exists in Genesys Cloud (the sandbox): nothing to edit, only to reroute
    api().changeSandbox("{\"queues\": [{\"id\": \"" + queue + "\", \"name\": \"Refunds\"}]}");

    var page = admin();
    page.byId("groups:0:group-list");
    page.script(
        "document.querySelector('.reason-INVALID_ROUTING_OPTIONS a[id$=group-list]').click();");
    page.waitForPage();
    Api.await("the failed list", Duration.ofSeconds(10), () -> page.has("failed-title"));
    assertThat(java.net.URI.create(page.script("return location.href;").toString()).getQuery())
        .isEqualTo("reason=INVALID_ROUTING_OPTIONS");
    assertThat(page.text("list:requests")).contains(externalId);

    page.open("request.xhtml?id=" + id);
    assertThat(page.text("to-address")).isEqualTo("support@example.com");
    assertThat(page.text("attributes")).isEqualTo("caseNumber = 00001026");
    page.submit("edit:reroute");
    assertThat(page.text("messages")).contains("rerouted");
    var routed = api().awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(20));
    assertThat(routed.getInt("failedAttempts")).isZero();
    api().freshSandbox();
  }

  @Test
  void a_save_after_someone_else_changed_the_request_shows_it_as_it_is_now_and_why() {
    long id =
        accept(Json.object("externalId", "meanwhile-" + UUID.randomUUID(), "subject", "Late"));
    api().awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(20));
    var page = admin().open("request.xhtml?id=" + id);

    Answer changed =
        api()
            .send(
                "PATCH",
                "api/routing-requests/" + id,
                "application/merge-patch+json",
                BodyPublishers.ofString("{\"priority\": 7}"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    page.submit("edit:save");

    assertThat(page.text("messages")).contains("someone changed this request meanwhile");
    assertThat(page.byId("edit:priority_input").getAttribute("value")).isEqualTo("7");
    assertThat(api().get("api/routing-requests/" + id).json().getString("status"))
        .isEqualTo("FAILED");
  }

  @Test
  void a_click_after_the_session_ended_leads_to_the_login_page() {
    var page = admin().forgetSession();
    page.script(
        "document.getElementById('activity:period')"
            + ".querySelector(\"input[value='WEEK']\").parentNode.click();");
    Api.await(
        "the login page", Duration.ofSeconds(10), () -> "/login.xhtml".equals(page.currentPath()));
  }

  @Test
  void the_keyboard_alone_signs_in_skips_to_the_content_and_follows_a_link() {
    var page = english().open("login.xhtml");
    assertThat(page.focused()).as("the user name field has the focus").isEqualTo("login:user");
    page.keys("admin", Keys.TAB, Api.ADMIN_PASSWORD, Keys.ENTER);
    page.waitForPage();
    assertThat(page.text("dashboard-title")).isEqualTo("Dashboard");

    page.keys(Keys.TAB);
    assertThat(page.focused()).as("the first stop").isEqualTo("skip-link");
    page.keys(Keys.ENTER);
    assertThat(page.focused()).isEqualTo("content");
    page.backTab();
    assertThat(page.focused())
        .as("the last menu entry, before the content")
        .isEqualTo("nav-sandbox");
    page.backTab().keys(Keys.ENTER);
    page.waitForPage();
    assertThat(page.currentPath()).isEqualTo("/webhooks.xhtml");
  }

  @Test
  void an_unknown_address_says_so_in_english_and_french_and_nothing_of_the_server() {
    var page = admin().open("no-such-page.xhtml");
    assertThat(page.text("content-body"))
        .contains("Page not found", "Page introuvable")
        .doesNotContainIgnoringCase("payara");
    Answer outside = api().anonymous().get("no-such-file");
    assertThat(outside.status())
        .as("without a session, any address but an open one")
        .isEqualTo(302);
    assertThat(outside.header("Location").orElseThrow()).endsWith("/login.xhtml");
    assertThat(outside.text()).doesNotContainIgnoringCase("payara");
    Answer api = api().get("api/no-such-resource");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.contentType())
        .as("the API answers problems")
        .startsWith("application/problem+json");
  }

  @Test
  void every_page_fits_a_laptop_1024_and_a_tablet_768_pixels_wide() {
    long failed =
        accept(Json.object("externalId", "narrow-" + UUID.randomUUID(), "subject", "narrow"));
    var page = admin();
    for (int width : new int[] {1024, 768}) {
      page.width(width);
      for (String path :
          java.util.List.of(
              "index.xhtml",
              "failed.xhtml",
              "requests.xhtml",
              "request.xhtml?id=" + failed,
              "options.xhtml",
              "connection.xhtml",
              "audit.xhtml",
              "users.xhtml",
              "api-keys.xhtml",
              "webhooks.xhtml",
              "sandbox.xhtml")) {
        page.open(path);
        assertThat(page.currentPath()).as(path).isEqualTo("/" + path.replaceFirst("\\?.*", ""));
        assertThat(page.overflowsWidth())
            .as(path + " scrolls sideways at " + width + " px")
            .isFalse();
        page.screenshot(width + "-" + path.replaceFirst("\\.xhtml.*", ""));
      }
    }
  }

  /** Posts a routing request; its id. */
  private long accept(String json) {
    Answer accepted = api().post("api/routing-requests", json);
    assertThat(accepted.status()).as(accepted.toString()).isIn(200, 202);
    return accepted.json().getJsonNumber("id").longValue();
  }

  /** The received, routed and failed figures of the activity summary. */
  private static long[] activityTotals(String summary) {
    var matcher =
        java.util.regex.Pattern.compile("([\\d,]+) received, ([\\d,]+) routed, ([\\d,]+) failures")
            .matcher(summary);
    assertThat(matcher.find()).as(summary).isTrue();
    return new long[] {
      Long.parseLong(matcher.group(1).replace(",", "")),
      Long.parseLong(matcher.group(2).replace(",", "")),
      Long.parseLong(matcher.group(3).replace(",", ""))
    };
  }

  /** JSON objects of strings, escaped by JSON-P. */
  private static final class Json {
    static String object(String... namesAndValues) {
      var builder = jakarta.json.Json.createObjectBuilder();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        builder.add(namesAndValues[i], namesAndValues[i + 1]);
      }
      return builder.build().toString();
    }
  }
}

package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.Browser;
import app.emailrouting.support.BrowserTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Routing options page in a real browser, against the built-in sandbox: Retrieve Options with
 * its progress, the retrieved lists filtered by type and name, a failed retrieval that keeps the
 * previous options, warnings, a viewer without the button, French. Each test puts the sandbox's
 * queues, skills and fault switches back as they were, and retrieves them again.
 */
class OptionsPageIT extends BrowserTest {

  private JsonObject sandboxBefore;

  @BeforeEach
  void rememberTheSandbox() {
    awaitFinished();
    api().useSandbox();
    sandboxBefore = sandbox();
  }

  @AfterEach
  void restoreTheSandbox() {
    changeSandbox(
        Json.createObjectBuilder()
            .add("faults", sandboxBefore.getJsonObject("faults"))
            .add("queues", sandboxBefore.getJsonArray("queues"))
            .add("skills", sandboxBefore.getJsonArray("skills"))
            .build());
    awaitFinished();
    retrieveByApi();
  }

  @Test
  void an_admin_retrieves_options_sees_the_progress_then_the_queues_of_the_sandbox() {
    JsonArray queues = sandbox().getJsonArray("queues");
    String firstQueue = firstByName(queues);
    // slow answers, so that the retrieval is still running when the page shows again
    changeSandbox(faults("slowMillis", 800));

    var page = admin().open("options.xhtml");
    assertThat(page.text("retrieve:retrieve-options")).isEqualTo("Retrieve Options");
    page.submit("retrieve:retrieve-options");

    assertThat(page.text("messages")).contains("Retrieve Options started");
    assertThat(page.text("retrieval:state")).isEqualTo("Running");
    assertThat(page.has("retrieval:progress-bar")).isTrue();
    assertThat(page.text("retrieval:read")).endsWith("option(s)");
    Api.await(
        "the page shows the retrieval succeeded",
        Duration.ofSeconds(30),
        () -> "Succeeded".equals(page.text("retrieval:state")));
    Api.await(
        "the list refreshed after the retrieval",
        Duration.ofSeconds(5),
        () -> page.text("list:options").contains(firstQueue));
    assertThat(page.has("retrieval:progress-bar")).isFalse();
    assertThat(page.text("retrieval:read")).isEqualTo(readOf(retrieval()));
    assertThat(page.text("retrieval:retrieved-at")).isNotEqualTo("never").endsWith("UTC");
    assertThat(countShown(page, "QUEUE")).isEqualTo(String.valueOf(queues.size()));
    assertThat(retrieval().getString("state")).isEqualTo("SUCCEEDED");
    page.screenshot("options");
  }

  @Test
  void a_queue_renamed_in_the_sandbox_shows_its_new_name_once_retrieved_again() {
    retrieveByApi();
    JsonArray queues = sandbox().getJsonArray("queues");
    JsonObject renamed = queues.getJsonObject(0);
    String newName = "Renamed " + UUID.randomUUID();
    var changed = Json.createArrayBuilder();
    changed.add(Json.createObjectBuilder(renamed).add("name", newName));
    queues.stream().skip(1).forEach(changed::add);
    changeSandbox(Json.createObjectBuilder().add("queues", changed).build());

    var page = admin().open("options.xhtml?name=" + encoded(newName));
    assertThat(page.text("list:options")).contains("No retrieved routing option matches");
    page.submit("retrieve:retrieve-options");

    Api.await(
        "the renamed queue listed",
        Duration.ofSeconds(30),
        () -> page.text("list:options").contains(newName));
    assertThat(page.text("retrieval:state")).isEqualTo("Succeeded");
    assertThat(page.text("list:shown")).isEqualTo("1 routing option(s)");
    assertThat(column(page, "option-id")).containsExactly(renamed.getString("id"));
    assertThat(column(page, "option-type")).containsExactly("Queue");
    assertThat(options("?name=" + encoded(newName)))
        .extracting(item -> item.getString("id"))
        .containsExactly(renamed.getString("id"));
  }

  @Test
  void filtering_by_type_queue_shows_only_queues_in_a_bookmarkable_address() {
    retrieveByApi();
    List<JsonObject> queues = options("?type=QUEUE");
    assertThat(options("")).hasSizeGreaterThan(queues.size());

    var page = admin().open("options.xhtml");
    page.select("typeMenu", "QUEUE");
    page.submit("filters:apply");

    assertThat(page.script("return location.search")).asString().contains("type=QUEUE");
    assertThat(page.text("list:shown")).isEqualTo(queues.size() + " routing option(s)");
    assertThat(column(page, "option-type"))
        .hasSize(Math.min(50, queues.size()))
        .containsOnly("Queue");

    String name = queues.get(0).getString("name");
    page.open("options.xhtml?type=QUEUE&name=" + encoded(name));
    assertThat(column(page, "option-name"))
        .isNotEmpty()
        .allSatisfy(shown -> assertThat(shown).containsIgnoringCase(name));
    assertThat(column(page, "option-type")).containsOnly("Queue");
  }

  @Test
  void an_unknown_type_in_the_address_is_said_and_every_option_is_listed() {
    retrieveByApi();
    int all = options("").size();

    var page = admin().open("options.xhtml?type=QUEUES");

    assertThat(page.text("messages")).contains("There is no type \"QUEUES\"");
    assertThat(page.text("list:shown")).isEqualTo(all + " routing option(s)");
    assertThat(page.text("options-title")).isEqualTo("Routing options");
  }

  @Test
  void a_failed_retrieval_shows_why_and_the_options_retrieved_before_stay_listed() {
    JsonObject before = retrieveByApi();
    List<JsonObject> optionsBefore = options("");
    String queue = options("?type=QUEUE").get(0).getString("name");
    changeSandbox(faults("missingPermissions", List.of("routing:queue:view")));

    var page = admin().open("options.xhtml");
    page.submit("retrieve:retrieve-options");
    Api.await(
        "the page shows the retrieval failed",
        Duration.ofSeconds(30),
        () -> "Failed".equals(page.text("retrieval:state")));

    assertThat(page.text("retrieval:error")).contains("403", "routing:queue:view");
    assertThat(page.text("retrieval:failed")).contains("failed at").contains("are kept");
    assertThat(page.byId("retrieval:failure").findElement(org.openqa.selenium.By.tagName("p")))
        .satisfies(shown -> assertThat(shown.getAttribute("class")).contains("warning"));
    assertThat(page.text("list:options")).contains(queue);
    JsonObject failed = retrieval();
    assertThat(failed.getString("state")).isEqualTo("FAILED");
    assertThat(failed.getString("retrievedAt")).isEqualTo(before.getString("retrievedAt"));
    assertThat(options("")).isEqualTo(optionsBefore);
  }

  @Test
  void a_retrieve_while_one_runs_says_so_and_shows_the_running_one() {
    changeSandbox(faults("slowMillis", 1500));
    Answer started = api().post("api/routing-options/retrieve", "");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);

    var page = admin().open("options.xhtml");
    page.submit("retrieve:retrieve-options");

    assertThat(page.text("messages")).contains("Retrieve Options is running already");
    assertThat(page.text("options-title")).isEqualTo("Routing options");
    assertThat(page.text("retrieval:state")).isEqualTo("Running");
    changeSandbox(faults("slowMillis", 0));
    Api.await(
        "the running retrieval followed to its end",
        Duration.ofSeconds(30),
        () -> "Succeeded".equals(page.text("retrieval:state")));
    // the database keeps microseconds: the same start, to the microsecond
    assertThat(Instant.parse(retrieval().getString("startedAt")))
        .as("no second retrieval was started")
        .isCloseTo(
            Instant.parse(started.json().getString("startedAt")), within(1, ChronoUnit.MICROS));
  }

  @Test
  void warnings_about_the_retrieved_options_are_shown_prominently() {
    JsonArray skills = sandbox().getJsonArray("skills");
    JsonObject inactive = skills.getJsonObject(0);
    var changed = Json.createArrayBuilder();
    changed.add(Json.createObjectBuilder(inactive).add("state", "inactive"));
    skills.stream()
        .skip(1)
        .map(JsonObject.class::cast)
        .forEach(skill -> changed.add(Json.createObjectBuilder(skill).add("state", "active")));
    changeSandbox(Json.createObjectBuilder().add("skills", changed).build());
    retrieveByApi();

    var page = admin().open("options.xhtml?type=SKILL&name=" + encoded(inactive.getString("name")));

    assertThat(
            page.script(
                "return Array.from(document.querySelectorAll('#retrieval\\\\:warnings .warning'))"
                    + ".map(e => e.textContent.trim())"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("Skills: 1 inactive; a routing request naming one fails in Genesys Cloud.");
    assertThat(column(page, "option-state")).contains("Inactive");
  }

  @Test
  void a_viewer_sees_the_options_but_no_retrieve_options_button() {
    retrieveByApi();
    String startedAt = retrieval().getString("startedAt");
    String queue = options("?type=QUEUE").get(0).getString("name");

    var page = viewer().open("options.xhtml?type=QUEUE");

    assertThat(page.text("options-title")).isEqualTo("Routing options");
    assertThat(page.text("retrieval:state")).isEqualTo("Succeeded");
    assertThat(page.text("list:options")).contains(queue);
    assertThat(page.has("retrieve")).as("no Retrieve Options form").isFalse();
    assertThat(page.has("retrieve:retrieve-options")).as("no Retrieve Options button").isFalse();
    assertThat(retrieval().getString("startedAt")).isEqualTo(startedAt);
  }

  @Test
  void the_page_speaks_french() {
    retrieveByApi();
    var page = french().signIn("admin", Api.ADMIN_PASSWORD).open("options.xhtml?type=QUEUE");

    assertThat(page.text("options-title")).isEqualTo("Options de routage");
    assertThat(page.text("retrieve:retrieve-options")).isEqualTo("Options de récupération");
    assertThat(page.text("retrieval:state")).isEqualTo("Réussie");
    assertThat(column(page, "option-type")).isNotEmpty().containsOnly("File d’attente");
    assertThat(page.text("list:shown")).endsWith("option(s) de routage");

    page.submit("retrieve:retrieve-options");
    assertThat(page.text("messages")).contains("Récupération des options lancée");
    Api.await(
        "the French page shows the retrieval succeeded",
        Duration.ofSeconds(30),
        () -> "Réussie".equals(page.text("retrieval:state")));
  }

  // --- support

  /** The texts of one column on the table's current page, by the cells' style class. */
  private static List<String> column(Browser page, String styleClass) {
    Object texts =
        page.script(
            "return Array.from(document.querySelectorAll('[id=\"list:options\"] ."
                + styleClass
                + "')).map(e => e.textContent.trim())");
    return ((List<?>) texts).stream().map(String::valueOf).toList();
  }

  private static String countShown(Browser page, String type) {
    Object text =
        page.script(
            "return document.querySelector('#retrieval\\\\:summary .count-"
                + type
                + "').textContent.trim()");
    return String.valueOf(text);
  }

  /** The name a case-insensitive sort puts first, as the page lists a type. */
  private static String firstByName(JsonArray entries) {
    return entries.getValuesAs(JsonObject.class).stream()
        .map(entry -> entry.getString("name"))
        .min(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
        .orElseThrow();
  }

  private static String readOf(JsonObject retrieval) {
    JsonObject progress = retrieval.getJsonObject("progress");
    return progress.getInt("pages") + " page(s), " + progress.getInt("options") + " option(s)";
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private JsonObject sandbox() {
    Answer answer = api().get("api/sandbox");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private void changeSandbox(JsonObject changes) {
    api().changeSandbox(changes.toString());
  }

  private static JsonObject faults(String name, int value) {
    return Json.createObjectBuilder()
        .add("faults", Json.createObjectBuilder().add(name, value))
        .build();
  }

  private static JsonObject faults(String name, List<String> values) {
    return Json.createObjectBuilder()
        .add("faults", Json.createObjectBuilder().add(name, Json.createArrayBuilder(values)))
        .build();
  }

  private JsonObject retrieval() {
    return api().get("api/routing-options/retrieval").json();
  }

  private List<JsonObject> options(String query) {
    Answer answer = api().get("api/routing-options" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Retrieve Options through the API, waited for until it has finished. */
  private JsonObject retrieveByApi() {
    Answer started = api().post("api/routing-options/retrieve", "");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return awaitFinished();
  }

  private JsonObject awaitFinished() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonObject retrieval = retrieval();
    while ("RUNNING".equals(retrieval.getString("state")) && Instant.now().isBefore(deadline)) {
      Api.pause(100);
      retrieval = retrieval();
    }
    assertThat(retrieval.getString("state")).as(retrieval.toString()).isNotEqualTo("RUNNING");
    return retrieval;
  }
}

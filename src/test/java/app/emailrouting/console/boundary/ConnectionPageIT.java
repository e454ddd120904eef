package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.Browser;
import app.emailrouting.support.BrowserTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Genesys connection page in a real browser: the connection, Save, Test, roles, French. */
class ConnectionPageIT extends BrowserTest {

  private static final String[] CHECKABLE = {
    "check-oauth-token",
    "check-routing-queue-view",
    "check-architect-flow-view",
    "check-routing-skill-view"
  };

  private JsonObject original;

  @BeforeEach
  void sandboxConnection() {
    api().freshSandbox();
    original = api().get("api/genesys-connection").json();
  }

  @AfterEach
  void restore() {
    api()
        .sandboxFaults(
            "{\"missingPermissions\": [], \"wrongCredentials\": false, \"expiredTokens\": false}");
    putConnection(restoring(original));
    api().post("api/routing-pipeline/resume", "");
  }

  @Test
  void test_connection_shows_every_permission_ok_against_the_sandbox() {
    var page = admin().open("connection.xhtml");

    runTest(page);

    assertThat(page.text("test-form:overall")).isEqualTo("Connection OK");
    assertThat(page.text("test-form:organization")).isEqualTo("Sandbox Org");
    assertThat(page.text("test-form:client")).isNotBlank();
    for (String row : CHECKABLE) {
      assertThat(page.text(row)).as(row).startsWith("OK").doesNotContain("Failed");
    }
    assertThat(page.text("check-routing-queue-view"))
        .contains("routing:queue:view", "Queues can be listed.");
    assertThat(page.text("check-conversation-email-create"))
        .startsWith("Not checkable")
        .contains("conversation:email:create");
    page.screenshot("connection");
  }

  @Test
  void a_permission_missing_in_genesys_is_shown_failed_with_its_detail() {
    api().sandboxFaults("{\"missingPermissions\": [\"architect:flow:view\"]}");
    var page = admin().open("connection.xhtml");

    runTest(page);

    assertThat(page.text("test-form:overall")).isEqualTo("Connection failed");
    assertThat(page.text("check-architect-flow-view"))
        .startsWith("Failed")
        .contains("architect:flow:view", "answered 403 missing.permissions");
    assertThat(page.byId("check-architect-flow-view").getAttribute("class"))
        .contains("check-failed");
    assertThat(page.text("check-routing-queue-view")).startsWith("OK");
  }

  @Test
  void saving_a_new_client_id_keeps_the_secret_and_resumes_paused_routing() {
    String secret = "s3cret-" + UUID.randomUUID();
    putConnection(
        Json.createObjectBuilder()
            .add("region", "sandbox")
            .add("clientId", "before-" + UUID.randomUUID())
            .add("clientSecret", secret)
            .build());
    api().pauseRouting();
    var page = admin().open("connection.xhtml");
    assertThat(page.text("current-secret")).isEqualTo("Set");
    assertThat(page.byId("connection-form:client-secret").getAttribute("value")).isEmpty();

    String clientId = "client-" + UUID.randomUUID();
    page.type("connection-form:client-id", clientId);
    page.submit("connection-form:save");

    assertThat(page.currentPath()).isEqualTo("/connection.xhtml");
    assertThat(page.text("messages")).contains("Genesys connection saved");
    assertThat(page.text("current-client-id")).isEqualTo(clientId);
    assertThat(page.text("current-secret")).isEqualTo("Set");
    assertThat(page.pageSource()).doesNotContain(secret);
    JsonObject stored = api().get("api/genesys-connection").json();
    assertThat(stored.getString("clientId")).isEqualTo(clientId);
    assertThat(stored.getString("region")).isEqualTo("sandbox");
    assertThat(stored.getBoolean("clientSecretSet")).as("an empty secret field keeps it").isTrue();
    assertThat(api().get("api/routing-pipeline").json().getString("state"))
        .as("the change resumed routing though the sandbox still refuses the client")
        .isEqualTo("RUNNING");
    JsonObject audited =
        api()
            .get("api/audit-events?action=GENESYS_CONNECTION_CHANGED&limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(audited.getString("actor")).isEqualTo("admin");
    JsonObject after = audited.getJsonObject("details").getJsonObject("after");
    assertThat(after.getString("clientId")).isEqualTo(clientId);
    assertThat(after.getString("clientSecret")).isEqualTo("set");
  }

  @Test
  void a_bad_url_override_is_named_and_nothing_is_stored() {
    JsonObject before = api().get("api/genesys-connection").json();
    var page = admin().open("connection.xhtml");

    page.type("connection-form:client-id", "never-" + UUID.randomUUID());
    page.type("connection-form:api-url", "ftp://api.example.com");
    page.submit("connection-form:save");

    assertThat(page.currentPath()).isEqualTo("/connection.xhtml");
    assertThat(page.text("messages"))
        .contains("Not saved", "API URL override", "absolute https URL");
    assertThat(page.text("connection-form:api-url-message")).contains("absolute https URL");
    assertThat(page.byId("connection-form:api-url").getAttribute("value"))
        .as("what the admin typed is still there to correct")
        .isEqualTo("ftp://api.example.com");
    JsonObject after = api().get("api/genesys-connection").json();
    assertThat(after.getJsonNumber("version").longValue())
        .isEqualTo(before.getJsonNumber("version").longValue());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void a_viewer_sees_the_connection_but_no_save_or_test() {
    var page = viewer().open("connection.xhtml");

    assertThat(page.text("connection-title")).isEqualTo("Genesys connection");
    assertThat(page.text("current-region")).isEqualTo("sandbox");
    assertThat(page.text("effective-api-url")).endsWith("/sandbox");
    assertThat(page.text("current-secret")).isEqualTo("Not set");
    assertThat(page.has("connection-form")).as("no form").isFalse();
    assertThat(page.has("connection-form:save")).as("no Save").isFalse();
    assertThat(page.has("test-form:test")).as("no Test").isFalse();
    assertThat(page.pageSource()).doesNotContain("Test connection");
  }

  @Test
  void the_french_page_shows_french_labels() {
    var page = french().signIn("admin", Api.ADMIN_PASSWORD).open("connection.xhtml");

    assertThat(page.text("connection-title")).isEqualTo("Connexion Genesys");
    assertThat(page.text("test-form:test")).isEqualTo("Tester la connexion");
    assertThat(page.text("connection-form:region-label")).startsWith("Région");
    assertThat(page.text("connection-form:client-id-label")).startsWith("Identifiant client");
    assertThat(page.text("connection-form:client-secret-label")).startsWith("Secret client");
    assertThat(page.text("connection-form:remove-secret-label"))
        .startsWith("Supprimer le secret client");
    assertThat(page.text("current-secret")).isEqualTo("Non défini");
    assertThat(page.pageSource()).contains("sandbox (simulateur intégré)");

    runTest(page);
    assertThat(page.text("test-form:overall")).isEqualTo("Connexion réussie");
    assertThat(page.text("check-routing-queue-view"))
        .startsWith("OK")
        .endsWith("Les files d’attente peuvent être listées.");
    page.screenshot("connection-fr");
  }

  /** Clicks Test connection and waits for the report its ajax answer shows. */
  private static void runTest(Browser page) {
    assertThat(page.has("test-form:overall")).isFalse();
    page.byId("test-form:test").click();
    Api.await("the test report", Duration.ofSeconds(20), () -> page.has("test-form:overall"));
    Api.await(
        "the Test button enabled again",
        Duration.ofSeconds(5),
        () -> page.byId("test-form:test").isEnabled());
  }

  /** The PUT that puts a connection read by GET back; a secret it had cannot be restored. */
  private static JsonObject restoring(JsonObject connection) {
    var body = Json.createObjectBuilder().add("region", connection.getString("region"));
    for (String field : new String[] {"apiUrl", "loginUrl", "clientId"}) {
      if (!connection.isNull(field)) {
        body.add(field, connection.getString(field));
      }
    }
    if (!connection.getBoolean("clientSecretSet")) {
      body.add("clientSecret", "");
    }
    return body.build();
  }

  private void putConnection(JsonObject connection) {
    Answer answer =
        api()
            .send(
                "PUT",
                "api/genesys-connection",
                "application/json",
                BodyPublishers.ofString(connection.toString()));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }
}

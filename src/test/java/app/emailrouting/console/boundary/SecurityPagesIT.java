package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.Browser;
import app.emailrouting.support.BrowserTest;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Users and API keys pages in a real browser (Debian's headless Chromium): admins only, every
 * change checked through the REST API, the one-time key, the refusals of the stores, French.
 */
class SecurityPagesIT extends BrowserTest {

  private final List<String> createdUsers = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    createdUsers.forEach(name -> api().delete("api/users/" + name));
  }

  @Test
  void a_new_api_key_is_shown_once_works_as_bearer_and_stops_working_once_revoked() {
    String name = unique("crm");
    var page = admin().open("api-keys.xhtml");
    page.type("create:name", name).select("keyRole", "VIEWER");
    page.submit("create:create");

    assertThat(page.text("messages")).contains("API key " + name + " created");
    assertThat(page.text("new-key")).contains("Copy it now: it will not be shown again");
    String key = page.byId("new-key:key").getAttribute("value");
    assertThat(key).startsWith("erk_").hasSizeGreaterThan(40);
    assertThat(page.currentPath()).isEqualTo("/api-keys.xhtml");
    page.screenshot("api-keys");

    Api withKey = api().as(Api.bearer(key));
    assertThat(withKey.get("api/routing-requests").status()).isEqualTo(200);
    JsonObject listed = apiKey(name).orElseThrow();
    assertThat(listed.getString("role")).isEqualTo("viewer");
    assertThat(listed.getString("createdBy")).isEqualTo("admin");

    page.open("api-keys.xhtml");
    assertThat(page.has("new-key:key")).as("the key is shown once").isFalse();
    assertThat(page.pageSource()).doesNotContain(key).contains(name);
    int row = row(page, "keys:table", name);
    assertThat(page.text("keys:table:" + row + ":last-used")).isNotEqualTo("never");

    page.byId("keys:table:" + row + ":revoke").click();
    confirm(page, "keys:confirm-yes");
    assertThat(page.text("messages")).contains("API key " + name + " revoked");
    assertThat(page.text("keys:table:" + row(page, "keys:table", name) + ":revoked"))
        .startsWith("Revoked");
    assertThat(withKey.get("api/routing-requests").status()).isEqualTo(401);
    assertThat(apiKey(name).orElseThrow().isNull("revokedAt")).isFalse();
  }

  @Test
  void a_key_without_a_name_is_refused_with_a_clear_error_and_nothing_is_created() {
    int before = apiKeys().size();
    var page = admin().open("api-keys.xhtml");
    page.type("create:name", "   ").select("keyRole", "ADMIN");
    page.submit("create:create");

    assertThat(page.text("messages")).contains("Not done: give the key a name of 1 to 128");
    assertThat(page.has("new-key:key")).isFalse();
    assertThat(apiKeys()).hasSize(before);
    Answer throughTheApi = api().post("api/api-keys", "{\"name\": \" \", \"role\": \"intake\"}");
    assertThat(throughTheApi.status()).as("the same rule for the API").isEqualTo(400);
    assertThat(throughTheApi.text()).contains("name");
    assertThat(apiKeys()).hasSize(before);
  }

  @Test
  void
      a_user_created_in_the_console_changes_the_password_first_and_as_a_viewer_sees_no_admin_page() {
    String name = unique("viewer");
    String given = "given-Passw0rd-" + UUID.randomUUID();
    createdUsers.add(name);
    var page = admin().open("users.xhtml");
    page.type("create:name", name).type("create:password", given).select("createRole", "VIEWER");
    page.submit("create:create");

    assertThat(page.text("messages")).contains("User " + name + " created");
    int row = row(page, "users:table", name);
    assertThat(page.text("users:table:" + row + ":role")).isEqualTo("Viewer");
    assertThat(page.text("users:table:" + row + ":must-change")).isEqualTo("Yes");
    page.screenshot("users");
    JsonObject stored = user(name).orElseThrow();
    assertThat(stored.getString("role")).isEqualTo("viewer");
    assertThat(stored.getBoolean("mustChangePassword")).isTrue();

    var viewer = english().signIn(name, given);
    assertThat(viewer.currentPath()).startsWith("/password.xhtml");
    String own = "own-Passw0rd-" + UUID.randomUUID();
    viewer.changePassword(given, own);
    viewer.signIn(name, own);
    assertThat(viewer.text("dashboard-title")).isEqualTo("Dashboard");
    assertThat(viewer.has("nav-users")).isFalse();
    assertThat(viewer.has("nav-api-keys")).isFalse();

    String otherUser = api().createUser("viewer").name();
    createdUsers.add(otherUser);
    String keyName = unique("hidden");
    api().post("api/api-keys", "{\"name\": \"" + keyName + "\", \"role\": \"intake\"}");
    for (String adminPage : List.of("users.xhtml", "api-keys.xhtml")) {
      viewer.open(adminPage);
      assertThat(viewer.currentPath()).as(adminPage).isEqualTo("/index.xhtml");
      assertThat(viewer.text("messages")).contains("You may not do this: it needs the role admin");
      assertThat(viewer.pageSource())
          .as("no data of " + adminPage)
          .doesNotContain(otherUser)
          .doesNotContain(keyName);
      assertThat(viewer.has("create:create")).isFalse();
    }
  }

  @Test
  void a_signed_in_admin_made_a_viewer_or_deleted_loses_it_at_the_next_page() {
    var other = api().createUser("admin");
    createdUsers.add(other.name());
    var page = english().signIn(other.name(), other.password());
    String own = "own-Passw0rd-" + UUID.randomUUID();
    page.changePassword(other.password(), own);
    page.signIn(other.name(), own);
    assertThat(page.open("users.xhtml").currentPath()).isEqualTo("/users.xhtml");

    var demoted =
        api()
            .send(
                "PATCH",
                "api/users/" + other.name(),
                "application/merge-patch+json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\": \"viewer\"}"));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    page.open("users.xhtml");
    assertThat(page.currentPath()).as("the same session, now a viewer").isEqualTo("/index.xhtml");
    assertThat(page.has("nav-users")).isFalse();

    assertThat(api().delete("api/users/" + other.name()).status()).isEqualTo(204);
    assertThat(page.open("index.xhtml").currentPath())
        .as("deleted: the session ends")
        .isEqualTo("/login.xhtml");
  }

  @Test
  void a_password_changed_or_reset_ends_every_other_session_of_the_user() {
    var user = api().createUser("viewer");
    createdUsers.add(user.name());
    String own = "own-Passw0rd-" + UUID.randomUUID();
    var first = english().signIn(user.name(), user.password());
    first.changePassword(user.password(), own);
    first.signIn(user.name(), own);
    var second = english().signIn(user.name(), own);
    assertThat(second.open("requests.xhtml").currentPath()).isEqualTo("/requests.xhtml");

    String next = "next-Passw0rd-" + UUID.randomUUID();
    var changed =
        api()
            .as(Api.basic(user.name(), own))
            .send(
                "PATCH",
                "api/users/" + user.name(),
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"password\": \"" + next + "\", \"currentPassword\": \"" + own + "\"}"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(first.open("index.xhtml").currentPath()).isEqualTo("/login.xhtml");
    assertThat(second.open("requests.xhtml").currentPath()).isEqualTo("/login.xhtml");

    var third = english().signIn(user.name(), next);
    var reset =
        api()
            .send(
                "PATCH",
                "api/users/" + user.name(),
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"password\": \"reset-Passw0rd-" + UUID.randomUUID() + "\"}"));
    assertThat(reset.status()).isEqualTo(200);
    assertThat(third.open("index.xhtml").currentPath())
        .as("an admin's reset ends the session too")
        .isEqualTo("/login.xhtml");
  }

  @Test
  void bad_users_are_refused_with_clear_messages_and_nothing_is_created() {
    var page = admin().open("users.xhtml");
    String name = unique("short");
    createdUsers.add(name);
    page.type("create:name", name).type("create:password", "short");
    page.submit("create:create");
    assertThat(page.text("messages"))
        .contains("Not done: the password must be 12 to 128 characters long");

    page.type("create:name", "admin").type("create:password", "long-enough-Passw0rd");
    page.submit("create:create");
    assertThat(page.text("messages")).contains("Not done: A user named admin exists already.");

    page.type("create:name", "bad name!").type("create:password", "long-enough-Passw0rd");
    page.submit("create:create");
    assertThat(page.text("messages")).contains("Not done: the user name must be 1 to 64");

    assertThat(user(name)).isEmpty();
    assertThat(user("bad name!")).isEmpty();
    assertThat(user("admin").orElseThrow().getString("role")).isEqualTo("admin");
  }

  @Test
  void the_last_admin_is_neither_deleted_nor_made_a_viewer() {
    onlyAdminIsAdmin();
    var page = admin().open("users.xhtml");
    int row = row(page, "users:table", "admin");

    page.byId("users:table:" + row + ":delete").click();
    confirm(page, "users:confirm-yes");
    assertThat(page.text("messages"))
        .contains("Not done: admin is the last admin: make another user an admin first");

    openChange(page, "admin");
    page.select("editRole", "VIEWER");
    page.submit("role-form:save-role");
    assertThat(page.text("messages")).contains("admin is the last admin");

    assertThat(user("admin").orElseThrow().getString("role")).isEqualTo("admin");
  }

  @Test
  void an_admin_changes_a_role_sets_a_temporary_password_and_deletes_a_user() {
    var someone = api().createUser("viewer");
    createdUsers.add(someone.name());
    var page = admin().open("users.xhtml");

    openChange(page, someone.name());
    page.select("editRole", "ADMIN");
    page.submit("role-form:save-role");
    assertThat(page.text("messages")).contains("The role of " + someone.name() + " is now Admin");
    assertThat(user(someone.name()).orElseThrow().getString("role")).isEqualTo("admin");
    int row = row(page, "users:table", someone.name());
    assertThat(page.text("users:table:" + row + ":role")).isEqualTo("Admin");

    String temporary = "temp-Passw0rd-" + UUID.randomUUID();
    openChange(page, someone.name());
    page.type("password-form:temporary-password", temporary);
    page.submit("password-form:reset-password");
    assertThat(page.text("messages")).contains("Temporary password set for " + someone.name());
    assertThat(user(someone.name()).orElseThrow().getBoolean("mustChangePassword")).isTrue();
    Answer withTemporary = api().as(Api.basic(someone.name(), temporary)).get("api/users");
    assertThat(withTemporary.status()).isEqualTo(403);
    assertThat(withTemporary.text()).contains("Change your password first");
    assertThat(api().as(Api.basic(someone.name(), someone.password())).get("api/users").status())
        .as("the old password")
        .isEqualTo(401);

    page.byId("users:table:" + row(page, "users:table", someone.name()) + ":delete").click();
    confirm(page, "users:confirm-yes");
    assertThat(page.text("messages")).contains("User " + someone.name() + " deleted");
    assertThat(user(someone.name())).isEmpty();
    assertThat(page.text("users:table")).doesNotContain(someone.name());
  }

  @Test
  void the_pages_speak_french() {
    var page = french().signIn("admin", Api.ADMIN_PASSWORD).open("users.xhtml");
    assertThat(page.text("users-title")).isEqualTo("Utilisateurs");
    assertThat(page.text("users:table")).contains("Doit changer son mot de passe");
    String name = unique("court");
    createdUsers.add(name);
    page.type("create:name", name).type("create:password", "court");
    page.submit("create:create");
    assertThat(page.text("messages"))
        .contains("Non fait : le mot de passe doit compter 12 à 128 caractères");
    assertThat(user(name)).isEmpty();

    page.open("api-keys.xhtml");
    assertThat(page.text("api-keys-title")).isEqualTo("Clés d’API");
    assertThat(page.text("keys:table")).contains("Dernière utilisation");
    int before = apiKeys().size();
    page.submit("create:create");
    assertThat(page.text("messages")).contains("Non fait : donnez à la clé un nom de 1 à 128");
    assertThat(apiKeys()).hasSize(before);
  }

  /** Opens the change dialog of a user's row and waits for its controls. */
  private static void openChange(Browser page, String name) {
    page.byId("users:table:" + row(page, "users:table", name) + ":change").click();
    page.waitForPage();
    Api.await(
        "the change dialog",
        Duration.ofSeconds(10),
        () -> page.has("role-form:save-role") && page.byId("role-form:save-role").isDisplayed());
    assertThat(page.text("role-form:edited-name")).contains(name);
  }

  /** Answers Yes in the confirmation dialog, which submits the page. */
  private static void confirm(Browser page, String yesId) {
    Api.await("the confirmation", Duration.ofSeconds(10), () -> page.byId(yesId).isDisplayed());
    page.submit(yesId);
  }

  /** The index of the table's row whose {@code name} cell shows this name. */
  private static int row(Browser page, String table, String name) {
    for (int i = 0; page.has(table + ":" + i + ":name"); i++) {
      if (page.text(table + ":" + i + ":name").equals(name)) {
        return i;
      }
    }
    throw new AssertionError("No row " + name + " in " + table);
  }

  /** Leaves admin the only admin: admins an earlier test left behind become viewers. */
  private void onlyAdminIsAdmin() {
    for (JsonObject user : users()) {
      if (user.getString("role").equals("admin") && !user.getString("name").equals("admin")) {
        api()
            .send(
                "PATCH",
                "api/users/" + user.getString("name"),
                "application/json",
                BodyPublishers.ofString("{\"role\": \"viewer\"}"));
      }
    }
  }

  private List<JsonObject> users() {
    return api().get("api/users").structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private Optional<JsonObject> user(String name) {
    return users().stream().filter(user -> user.getString("name").equals(name)).findFirst();
  }

  private List<JsonObject> apiKeys() {
    return api().get("api/api-keys").structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private Optional<JsonObject> apiKey(String name) {
    return apiKeys().stream().filter(key -> key.getString("name").equals(name)).findFirst();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

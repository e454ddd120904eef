package app.emailrouting.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServerLog;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over real HTTP: every operation of /openapi called as anonymous, the intake API
 * key, a viewer and an admin; users, API keys, lockout, headers, and no secret in any answer or in
 * the server log.
 */
@ServiceTest
class SecurityIT {

  /** Calls an intake key may make: create and read routing requests. */
  private static final Set<String> INTAKE_CALLS =
      Set.of(
          "POST /api/routing-requests",
          "GET /api/routing-requests",
          "GET /api/routing-requests/summary",
          "GET /api/routing-requests/{id}");

  /** Reads only admins make. */
  private static final Set<String> ADMIN_READS =
      Set.of("GET /api/sandbox", "GET /api/users", "GET /api/api-keys");

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  @ServiceUrl URL base;

  private Api admin() {
    return new Api(base);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A viewer who has changed the password an admin gave them. */
  private Api viewer() {
    var user = admin().createUser("viewer");
    String name = user.name();
    String first = user.password();
    Api told = admin().as(Api.basic(name, first));
    Answer mustChange = told.get("api/routing-requests");
    assertThat(mustChange.status()).isEqualTo(403);
    assertThat(mustChange.json().getString("detail")).contains("Change your password first");
    String own = "own-Passw0rd-" + UUID.randomUUID();
    String change = "{\"password\": \"" + own + "\", \"currentPassword\": \"" + first + "\"}";
    assertThat(patch(told, "api/users/" + name, change).status()).isEqualTo(200);
    return admin().as(Api.basic(name, own));
  }

  private static Answer patch(Api api, String path, String json) {
    return api.send("PATCH", path, "application/json", BodyPublishers.ofString(json));
  }

  /** Every operation of the OpenAPI document under /api, as "METHOD /path". */
  private List<String> operations() {
    JsonObject document =
        admin()
            .root()
            .send("GET", "openapi", null, BodyPublishers.noBody(), "Accept", "application/json")
            .json();
    var operations = new ArrayList<String>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject().keySet().stream()
                    .filter(METHODS::contains)
                    .filter(method -> path.startsWith("/api/"))
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
    return operations;
  }

  /** Calls an operation with harmless values: unknown ids, an empty JSON body. */
  private static Answer call(Api api, String operation) {
    String[] parts = operation.split(" ");
    String path =
        parts[1]
            .substring(1)
            .replace("{id}", "999999999")
            .replace("{name}", "nobody-" + UUID.randomUUID())
            .replace("{reason}", "BAD_CREDENTIALS");
    boolean body = Set.of("POST", "PUT", "PATCH").contains(parts[0]);
    return api.send(
        parts[0],
        path,
        body ? "application/json" : null,
        body ? BodyPublishers.ofString("{}") : BodyPublishers.noBody());
  }

  @Test
  void every_operation_answers_each_role_as_product_md_says() {
    List<String> operations = operations();
    assertThat(operations)
        .hasSizeGreaterThan(25)
        .contains("POST /api/routing-requests", "GET /api/users");
    Api anonymous = admin().anonymous();
    Api intake = admin().as(Api.bearer(Api.INTAKE_KEY));
    Api viewer = viewer();

    for (String operation : operations) {
      boolean read = operation.startsWith("GET ");
      assertThat(call(anonymous, operation).status()).as("anonymous " + operation).isEqualTo(401);
      assertAllowed(intake, operation, INTAKE_CALLS.contains(operation), "intake");
      assertAllowed(viewer, operation, read && !ADMIN_READS.contains(operation), "viewer");
    }
    for (String operation : operations) {
      assertAllowed(admin(), operation, true, "admin");
    }
  }

  private static void assertAllowed(Api api, String operation, boolean allowed, String who) {
    Answer answer = call(api, operation);
    if (allowed) {
      assertThat(answer.status()).as(who + " " + operation + ": " + answer).isNotIn(401, 403);
    } else {
      assertThat(answer.status()).as(who + " " + operation + ": " + answer).isEqualTo(403);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void refusals_are_problems_with_a_challenge() {
    Answer anonymous = admin().anonymous().get("api/routing-requests");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.header("WWW-Authenticate").orElse(""))
        .contains("Basic")
        .contains("Bearer");
    Answer wrong =
        admin()
            .as(Api.basic("nobody-" + UUID.randomUUID(), "wrong-password-123"))
            .get("api/routing-requests");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().getString("type")).isEqualTo("/problems/unauthenticated");
    assertThat(admin().as("Digest x").get("api/routing-requests").status()).isEqualTo(401);
    Answer sessionOnly =
        admin()
            .anonymous()
            .send(
                "GET",
                "api/routing-requests",
                null,
                BodyPublishers.noBody(),
                "Cookie",
                "JSESSIONID=anything");
    assertThat(sessionOnly.status()).as("a cookie is no credential for the API").isEqualTo(401);
  }

  @Test
  void five_wrong_passwords_lock_the_user_out_from_that_address_even_with_the_right_one() {
    var user = admin().createUser("viewer");
    String name = user.name();
    String password = user.password();
    Api wrong = admin().as(Api.basic(name, "wrong-Passw0rd-123"));
    for (int i = 0; i < 5; i++) {
      assertThat(wrong.get("api/routing-requests").status()).isEqualTo(401);
    }

    Answer locked = admin().as(Api.basic(name, password)).get("api/routing-requests");

    assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
    assertThat(Integer.parseInt(locked.header("Retry-After").orElseThrow())).isBetween(800, 900);
    var events =
        admin()
            .get("api/audit-events?targetType=user&targetId=" + name)
            .json()
            .getJsonArray("items");
    assertThat(events.getValuesAs(JsonObject.class))
        .extracting(event -> event.getString("action"))
        .contains("LOGIN_LOCKED_OUT", "LOGIN_FAILED");
  }

  @Test
  void an_api_key_is_shown_once_works_until_revoked_and_records_its_last_use() {
    String name = unique("crm");
    Answer created =
        admin().post("api/api-keys", "{\"name\": \"" + name + "\", \"role\": \"intake\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String key = created.json().getString("key");
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(key).startsWith("erk_").hasSizeGreaterThan(40);

    Api crm = admin().as(Api.bearer(key));
    Answer accepted =
        crm.post("api/routing-requests", "{\"externalId\": \"" + unique("key") + "\"}");
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(crm.get("api/failure-groups").status())
        .as("intake reads requests only")
        .isEqualTo(403);
    Answer listed = admin().get("api/api-keys");
    assertThat(listed.text()).doesNotContain(key);
    JsonObject row =
        listed.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(k -> k.getString("name").equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("lastUsedAt")).isNotBlank();
    assertThat(key).startsWith(row.getString("keyPrefix"));

    assertThat(admin().delete("api/api-keys/" + id).status()).isEqualTo(204);
    assertThat(crm.get("api/routing-requests").status()).isEqualTo(401);
    assertThat(accepted.json().getString("externalId")).isNotBlank();
  }

  @Test
  void the_last_admin_stays_and_bad_users_are_refused() {
    assertThat(admin().delete("api/users/admin").status()).isEqualTo(409);
    assertThat(patch(admin(), "api/users/admin", "{\"role\": \"viewer\"}").status()).isEqualTo(409);
    Answer shortPassword =
        admin()
            .post(
                "api/users",
                "{\"name\": \""
                    + unique("u")
                    + "\", \"password\": \"short\", \"role\": \"viewer\"}");
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.text()).contains("password");
    assertThat(
            admin()
                .post(
                    "api/users",
                    "{\"name\": \"bad name!\", \"password\": \"long-enough-Passw0rd\", \"role\": \"viewer\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            admin()
                .post(
                    "api/users",
                    "{\"name\": \""
                        + unique("u")
                        + "\", \"password\": \"long-enough-Passw0rd\", \"role\": \"intake\"}")
                .status())
        .isEqualTo(400);
    Answer users = admin().get("api/users");
    assertThat(users.text()).doesNotContain("PBKDF2").doesNotContain(Api.ADMIN_PASSWORD);
  }

  @Test
  void answers_carry_security_headers_and_health_is_open_but_metrics_are_not() {
    Answer answer = admin().get("api/routing-requests/summary");
    assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(answer.header("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
    assertThat(answer.header("Referrer-Policy")).contains("no-referrer");
    assertThat(answer.header("Cache-Control")).contains("no-store");

    Api anonymousRoot = admin().anonymous().root();
    assertThat(anonymousRoot.get("health/ready").status()).isEqualTo(200);
    assertThat(anonymousRoot.get("metrics").status()).isEqualTo(401);
    assertThat(admin().root().get("metrics").status()).isEqualTo(200);
    assertThat(admin().as(Api.bearer(Api.INTAKE_KEY)).root().get("metrics").status())
        .isEqualTo(403);
  }

  @Test
  void no_secret_is_in_any_answer_or_in_the_server_log() {
    String clientSecret = "client-secret-" + UUID.randomUUID();
    String wrongPassword = "wrong-" + UUID.randomUUID();
    var answers = new ArrayList<Answer>();
    answers.add(
        admin()
            .send(
                "PUT",
                "api/genesys-connection",
                "application/json",
                BodyPublishers.ofString(
                    "{\"region\": \"sandbox\", \"clientId\": \"scan\", \"clientSecret\": \""
                        + clientSecret
                        + "\"}")));
    Answer created =
        admin()
            .post("api/api-keys", "{\"name\": \"" + unique("scan") + "\", \"role\": \"viewer\"}");
    String key = created.json().getString("key");
    answers.add(admin().as(Api.basic("admin", wrongPassword)).get("api/routing-requests"));
    answers.add(admin().as(Api.bearer(key)).get("api/genesys-connection"));
    for (String path :
        List.of(
            "api/genesys-connection",
            "api/api-keys",
            "api/users",
            "api/audit-events?limit=500",
            "api/routing-requests/export?format=csv")) {
      answers.add(admin().get(path));
    }
    answers.add(admin().root().get("openapi"));
    admin().useSandbox();

    String log = ServerLog.text();
    assertThat(log).contains("Payara Micro");
    for (String secret :
        List.of(clientSecret, key, wrongPassword, Api.ADMIN_PASSWORD, Api.INTAKE_KEY)) {
      assertThat(log).as("server log").doesNotContain(secret);
      for (Answer answer : answers) {
        assertThat(answer.text()).as(answer.response().uri().toString()).doesNotContain(secret);
      }
    }
  }
}

package app.emailrouting.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.RawHttp;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ways around the guards an attacker tries, closed: the simulator as a token source, the stored
 * client secret sent to a moved URL, parallel and random password guessing, a proxy that makes
 * every client one address, and a password changed without the current one. The shared service
 * trusts 127.0.0.1 as a proxy, so each test claims its own client addresses with X-Forwarded-For.
 */
@ServiceTest
class SecurityHardeningIT {

  @ServiceUrl URL base;

  private Api admin() {
    return new Api(base);
  }

  @AfterEach
  void backToTheSandbox() {
    admin().useSandbox();
  }

  private Answer putConnection(String json) {
    return admin()
        .send("PUT", "api/genesys-connection", "application/json", BodyPublishers.ofString(json));
  }

  private RawHttp.Answer token(String client, String secret) {
    return new RawHttp(base)
        .send(
            "POST",
            "/sandbox/oauth/token",
            RawHttp.utf8("grant_type=client_credentials"),
            RawHttp.basic(client, secret),
            "Content-Type: application/x-www-form-urlencoded");
  }

  @Test
  void the_simulator_gives_tokens_only_to_its_own_client_and_nothing_with_a_real_region() {
    admin().useSandbox();
    assertThat(token("anyone", "anything").status()).isEqualTo(400);
    assertThat(token("sandbox-client", "sandbox-client").status()).isEqualTo(200);

    assertThat(
            putConnection(
                    "{\"region\": \"eu-west-1\", \"clientId\": \"c\", \"clientSecret\": \"s\"}")
                .status())
        .isEqualTo(200);

    var refused = token("sandbox-client", "sandbox-client");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("access_token");
    assertThat(token("c", "s").status()).isEqualTo(404);
    assertThat(new RawHttp(base).get("/sandbox/api/v2/routing/queues").status()).isEqualTo(404);
  }

  /** A server on this machine that records every Authorization header it is sent. */
  private static final class Recorder implements AutoCloseable {
    final HttpServer server;
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    Recorder() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            authorizations.add(
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"error\": \"invalid_client\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.setExecutor(Executors.newSingleThreadExecutor());
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void a_moved_connection_never_sends_the_stored_secret_anywhere() throws IOException {
    String secret = "secret-" + UUID.randomUUID();
    try (var first = new Recorder();
        var moved = new Recorder()) {
      var set =
          putConnection(
              "{\"region\": \"eu-west-1\", \"clientId\": \"c\", \"clientSecret\": \"%s\", \"loginUrl\": \"%s\", \"apiUrl\": \"%s\"}"
                  .formatted(secret, first.url(), first.url()));
      assertThat(set.json().getBoolean("clientSecretSet")).isTrue();

      var changed =
          putConnection(
              "{\"region\": \"eu-west-1\", \"clientId\": \"c\", \"loginUrl\": \"%s\", \"apiUrl\": \"%s\"}"
                  .formatted(moved.url(), moved.url()));
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.json().getBoolean("clientSecretSet"))
          .as("the secret does not follow the URL")
          .isFalse();
      admin().post("api/genesys-connection/test", "");

      String basic =
          Base64.getEncoder().encodeToString(("c:" + secret).getBytes(StandardCharsets.UTF_8));
      assertThat(moved.authorizations).noneMatch(header -> header.contains(basic));
      assertThat(moved.authorizations).noneMatch(header -> header.contains(secret));
      JsonObject event =
          admin()
              .get("api/audit-events?action=GENESYS_CONNECTION_CHANGED&limit=1")
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      assertThat(event.getString("summary")).contains("removed: the connection moved");
    }
  }

  @Test
  void an_override_must_be_https_unless_it_is_this_machine() {
    var refused =
        putConnection("{\"region\": \"eu-west-1\", \"loginUrl\": \"http://login.example.com\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("https", "loopback");
  }

  private static String[] from(String address, String authorization) {
    return new String[] {"Authorization: " + authorization, "X-Forwarded-For: " + address};
  }

  @Test
  void parallel_guesses_are_all_counted_before_any_is_checked() throws Exception {
    var user = admin().createUser("viewer");
    String address = "203.0.113." + (10 + (int) (Math.random() * 200));
    var http = new RawHttp(base);
    var pool = Executors.newFixedThreadPool(8);
    try {
      var answers =
          pool.invokeAll(
              IntStream.range(0, 8)
                  .mapToObj(
                      i ->
                          (java.util.concurrent.Callable<Integer>)
                              () ->
                                  http.get(
                                          "/api/routing-requests",
                                          from(address, Api.basic(user.name(), "wrong-" + i)))
                                      .status())
                  .toList());
      long checked = 0;
      for (var answer : answers) {
        int status = answer.get();
        assertThat(status).isIn(401, 429);
        checked += status == 401 ? 1 : 0;
      }
      assertThat(checked).as("wrong passwords checked").isLessThanOrEqualTo(5);
    } finally {
      pool.shutdownNow();
    }

    var locked =
        http.get("/api/routing-requests", from(address, Api.basic(user.name(), user.password())));
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isNotEmpty();
    var elsewhere =
        http.get(
            "/api/routing-requests",
            from("198.51.100.77", Api.basic(user.name(), user.password())));
    assertThat(elsewhere.status())
        .as("behind the trusted proxy, another client is not locked out")
        .isEqualTo(403);
  }

  @Test
  void random_logins_are_refused_before_any_hash_and_their_names_are_not_stored() {
    String address = "192.0.2." + (10 + (int) (Math.random() * 200));
    var http = new RawHttp(base);
    var names = new ArrayList<String>();
    int throttled = 0;
    long started = System.nanoTime();
    for (int i = 0; i < 30; i++) {
      String name = "guess-" + UUID.randomUUID().toString().substring(0, 8);
      names.add(name);
      var answer = http.get("/api/routing-requests", from(address, Api.basic(name, "x-" + i)));
      assertThat(answer.status()).isIn(401, 429);
      if (answer.status() == 429) {
        throttled++;
        assertThat(answer.header("Retry-After")).isNotEmpty();
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      }
    }

    // 20 a minute: the bucket refills by one every 3 s while the guesses go on (a loaded machine)
    long refilled = (System.nanoTime() - started) / 3_000_000_000L + 1;
    assertThat(throttled)
        .as("past 20 failures a minute from one address (%d refilled meanwhile)", refilled)
        .isPositive()
        .isGreaterThanOrEqualTo((int) (30 - 20 - refilled));
    String audit = admin().get("api/audit-events?action=LOGIN_FAILED&limit=200").text();
    assertThat(names).noneMatch(audit::contains);
  }

  @Test
  void ones_own_password_changes_only_with_the_current_one() {
    var user = admin().createUser("viewer");
    Api self = admin().as(Api.basic(user.name(), user.password()));
    String path = "api/users/" + user.name();
    String own = "own-Passw0rd-" + UUID.randomUUID();

    Answer without = patch(self, path, "{\"password\": \"" + own + "\"}");
    Answer wrong =
        patch(
            self, path, "{\"password\": \"" + own + "\", \"currentPassword\": \"not-it-123456\"}");

    for (Answer refused : List.of(without, wrong)) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("currentPassword");
    }
    Answer changed =
        patch(
            self,
            path,
            "{\"password\": \"" + own + "\", \"currentPassword\": \"" + user.password() + "\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(admin().as(Api.basic(user.name(), own)).get("api/routing-requests").status())
        .isEqualTo(200);
  }

  private static Answer patch(Api api, String path, String json) {
    return api.send("PATCH", path, "application/json", BodyPublishers.ofString(json));
  }
}

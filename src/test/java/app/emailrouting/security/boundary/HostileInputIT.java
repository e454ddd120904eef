package app.emailrouting.security.boundary;

import static app.emailrouting.support.RawHttp.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.RawHttp;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile input, sent byte for byte as an attacker would (over a plain socket): path
 * tricks against every console page without signing in, malformed and mistyped JSON against every
 * endpoint family that takes a body, header abuse, and injection strings in every list's query.
 * Whatever comes in: no 5xx, every API refusal is {@code application/problem+json}, no page is
 * served without signing in, and what was stored is unchanged.
 */
@ServiceTest
class HostileInputIT {

  private static final List<String> PAGES =
      List.of(
          "index.xhtml",
          "requests.xhtml",
          "failed.xhtml",
          "request.xhtml",
          "audit.xhtml",
          "users.xhtml",
          "api-keys.xhtml",
          "sandbox.xhtml",
          "connection.xhtml",
          "options.xhtml",
          "password.xhtml");

  /** Spellings of {@code /<page>} that the container serves as that page. */
  private static final List<String> SPELLINGS =
      List.of(
          "/%s",
          "/%s;x",
          "/%s;jsessionid=forged",
          "//%s",
          "/./%s",
          "/api/../%s",
          "/login.xhtml/../%s",
          "/jakarta.faces.resource/../%s",
          "/%%2e/%s",
          "/%s?id=1&q=%%3Cscript%%3E",
          "/%s%%3Bx");

  private static final Set<Integer> REFUSALS = Set.of(302, 303, 400, 401, 403, 404, 405);

  @ServiceUrl URL base;

  private RawHttp http;
  private Api api;
  private String marker;
  private long stored;
  private String snapshot;
  private int cases;

  @BeforeEach
  void storeSomethingToProtect() {
    http = new RawHttp(base);
    api = new Api(base);
    api.freshSandbox();
    marker = "hostile-" + UUID.randomUUID();
    var accepted =
        api.post(
            "api/routing-requests",
            "{\"externalId\": \"%s\", \"subject\": \"%s subject\", \"queueId\":"
                    .formatted(marker, marker)
                + " \"142e8c57-4924-4f80-a5ac-cc7c198aa566\"}");
    stored = accepted.json().getJsonNumber("id").longValue();
    api.awaitStatus(stored, Set.of("ROUTED"), Duration.ofSeconds(20));
    snapshot = state();
  }

  /** What the corpus must leave as it was. */
  private String state() {
    return String.join(
        "\n",
        api.get("api/routing-requests/" + stored).text(),
        api.get("api/genesys-connection").text(),
        api.get("api/users").text(),
        api.get("api/routing-requests?q=" + marker).json().getJsonArray("items").size() + "",
        api.get("api/sandbox").json().getJsonObject("faults").toString());
  }

  private void assertNothingChanged() {
    assertThat(state()).as("stored data after " + cases + " cases").isEqualTo(snapshot);
  }

  @Test
  void no_console_page_is_served_without_signing_in_whatever_the_path_spelling() {
    var soft = new SoftAssertions();
    for (String page : PAGES) {
      for (String spelling : SPELLINGS) {
        String target = spelling.formatted(page);
        var answer = http.get(target);
        cases++;
        soft.assertThat(answer.status()).as(target).isIn(REFUSALS);
        soft.assertThat(answer.body()).as(target).doesNotContain(marker);
        if (answer.status() / 100 == 3) {
          soft.assertThat(answer.header("Location")).as(target).endsWith("/login.xhtml");
        }
      }
    }
    soft.assertAll();
    assertThat(cases).isGreaterThanOrEqualTo(120);
    assertNothingChanged();
  }

  /** An endpoint that takes a JSON body, and the credentials that may call it. */
  private record Endpoint(String method, String path, String authorization) {}

  private List<Endpoint> endpoints() {
    String admin = "Authorization: " + Api.basic("admin", Api.ADMIN_PASSWORD);
    return List.of(
        new Endpoint("POST", "/api/routing-requests", "Authorization: Bearer " + Api.INTAKE_KEY),
        new Endpoint("PATCH", "/api/routing-requests/" + stored, admin),
        new Endpoint("PUT", "/api/genesys-connection", admin),
        new Endpoint("POST", "/api/users", admin),
        new Endpoint("POST", "/api/api-keys", admin),
        new Endpoint("POST", "/api/routing-requests/bulk-reroute", admin),
        new Endpoint("PUT", "/api/sandbox", admin));
  }

  /** Bodies no endpoint can take: malformed, mistyped, too deep, too large, not UTF-8. */
  private List<byte[]> malformedBodies() {
    var bodies = new ArrayList<byte[]>();
    for (String text :
        List.of(
            "{",
            "}",
            "{\"externalId\": \"x\",}",
            "[1, 2, 3]",
            "\"just a string\"",
            "null",
            "",
            "{\"externalId\": NaN}",
            "{'externalId': 'x'}",
            "{\"a\" 1}",
            "{\"externalId\": \"unterminated}",
            "[".repeat(20_000) + "]".repeat(20_000),
            "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
            "{\"externalId\": \"" + "x".repeat(300_000) + "\"}")) {
      bodies.add(utf8(text));
    }
    bodies.add(RawHttp.bytes("{\"externalId\": \"", new byte[] {(byte) 0xC3, 0x28}, "\"}"));
    bodies.add(RawHttp.bytes("{\"name\": \"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\"}"));
    bodies.add(new byte[] {0, 0, 0, 0});
    return bodies;
  }

  @Test
  void malformed_bodies_are_refused_with_a_problem_by_every_endpoint_family() {
    var soft = new SoftAssertions();
    for (Endpoint endpoint : endpoints()) {
      for (byte[] body : malformedBodies()) {
        String type =
            endpoint.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
        var answer =
            http.send(
                endpoint.method(),
                endpoint.path(),
                body,
                endpoint.authorization(),
                "Content-Type: " + type);
        refused(soft, answer, endpoint.method() + " " + endpoint.path() + " " + preview(body));
      }
    }
    soft.assertAll();
    assertThat(cases).isGreaterThanOrEqualTo(100);
    assertNothingChanged();
  }

  /** Values of the wrong type or out of range, each in the field it would be read into. */
  @Test
  void mistyped_and_out_of_range_values_are_refused_never_stored_as_something_else() {
    List<String> values =
        List.of(
            "1e99999",
            "4294967297",
            "2.5",
            "-1",
            "\"5\"",
            "true",
            "[]",
            "{\"$gt\": \"\"}",
            "\"" + "9".repeat(400) + "\"");
    String intake = "Authorization: Bearer " + Api.INTAKE_KEY;
    String admin = "Authorization: " + Api.basic("admin", Api.ADMIN_PASSWORD);
    var soft = new SoftAssertions();
    for (String value : values) {
      for (String[] call :
          new String[][] {
            {
              "POST",
              "/api/routing-requests",
              intake,
              "{\"externalId\": \""
                  + marker
                  + "-n\","
                  + " \"queueId\": \"142e8c57-4924-4f80-a5ac-cc7c198aa566\", \"priority\": %s}"
            },
            {"PUT", "/api/sandbox", admin, "{\"faults\": {\"retryAfterSeconds\": %s}}"},
            {"PUT", "/api/genesys-connection", admin, "{\"region\": %s}"},
            {"GET", "/api/routing-requests?limit=%s", admin, null}
          }) {
        String target = call[3] == null ? call[1].formatted(encoded(value)) : call[1];
        byte[] body = call[3] == null ? null : utf8(call[3].formatted(value));
        var answer = http.send(call[0], target, body, call[2], "Content-Type: application/json");
        refused(soft, answer, call[0] + " " + target + " " + value);
        soft.assertThat(answer.status()).as(target + " " + value).isEqualTo(400);
      }
    }
    soft.assertAll();
    assertNothingChanged();
  }

  @Test
  void intake_refuses_what_it_cannot_store_as_sent() {
    String id = "\"" + marker + "-i\"";
    List<String> bodies =
        List.of(
            "{\"externalId\": []}",
            "{\"externalId\": {\"$gt\": \"\"}}",
            "{\"externalId\": \"\"}",
            "{\"externalId\": \"" + "x".repeat(256) + "\"}",
            "{\"externalId\": \"" + marker + "\\u0000\"}",
            "{\"externalId\": \"" + marker + "\\uD800\"}",
            "{\"externalId\": " + id + ", \"subject\": \"\\uDC00 lone\"}",
            "{\"externalId\": " + id + ", \"skillIds\": \"abc\"}",
            "{\"externalId\": " + id + ", \"skillIds\": [[]]}",
            "{\"externalId\": " + id + ", \"attributes\": [1]}",
            "{\"externalId\": " + id + ", \"attributes\": {\"a\": {\"b\": 1}}}",
            "{\"externalId\": " + id + ", \"attributes\": {\"a\": \"b\\u0000\"}}");
    var soft = new SoftAssertions();
    for (String body : bodies) {
      var answer =
          http.send(
              "POST",
              "/api/routing-requests",
              utf8(body),
              "Authorization: Bearer " + Api.INTAKE_KEY,
              "Content-Type: application/json");
      refused(soft, answer, preview(utf8(body)));
      soft.assertThat(answer.status()).as(body).isEqualTo(400);
    }
    soft.assertAll();
    assertNothingChanged();
  }

  @Test
  void abused_headers_get_a_4xx_problem_never_a_5xx() {
    String longName = "u".repeat(5_000);
    List<String[]> headerSets =
        List.of(
            new String[] {"Authorization: Basic"},
            new String[] {"Authorization: Basic !!!!"},
            new String[] {"Authorization: Basic " + b64(":")},
            new String[] {"Authorization: Basic " + b64("admin")},
            new String[] {"Authorization: Basic " + b64(longName + ":x")},
            new String[] {"Authorization: Basic " + b64("admin:" + "p".repeat(5_000))},
            new String[] {"Authorization: Basic " + b64("ünïcödé😀:pässwörd")},
            new String[] {"Authorization: Basic " + b64("' OR '1'='1:x")},
            new String[] {"Authorization: Bearer"},
            new String[] {"Authorization: Bearer " + "k".repeat(6_000)},
            new String[] {"Authorization: Bearer ' OR 1=1--"},
            new String[] {"Authorization: Negotiate abc"},
            new String[] {"Authorization: Basic a", "Authorization: Bearer b"},
            new String[] {"X-Forwarded-For: " + "1.2.3.4, ".repeat(200) + "nonsense"},
            new String[] {"X-Forwarded-For: ${jndi:ldap://127.0.0.1/a}"},
            new String[] {"Cookie: JSESSIONID=" + "A".repeat(4_000)},
            new String[] {"Accept: application/x-evil", "Accept-Language: ../../etc/passwd"},
            new String[] {"Content-Type: text/plain"},
            new String[] {"Content-Type: application/json; charset=utf-16"},
            new String[] {"If-Match: \"not-a-version\""},
            new String[] {"Faces-Request: partial/ajax"});
    var soft = new SoftAssertions();
    int address = 0;
    for (String[] headers : headerSets) {
      for (String target : List.of("/api/routing-requests", "/api/users", "/metrics")) {
        var all = new ArrayList<>(List.of(headers));
        all.add("X-Forwarded-For: 198.51.100." + (address++ % 250));
        var answer = http.send("GET", target, null, all.toArray(String[]::new));
        refused(soft, answer, target + " " + preview(utf8(String.join(" | ", headers))));
      }
    }
    soft.assertAll();
    assertNothingChanged();
  }

  @Test
  void injection_strings_in_queries_are_data_never_code() {
    List<String> strings =
        List.of(
            "' OR '1'='1",
            "'; DROP TABLE routing_request; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/a}",
            "%00",
            "a\u0000b",
            "../../../../etc/passwd",
            "\\u0000",
            "😀".repeat(300),
            "x".repeat(5_000));
    String admin = "Authorization: " + Api.basic("admin", Api.ADMIN_PASSWORD);
    var soft = new SoftAssertions();
    for (String text : strings) {
      for (String query :
          List.of(
              "/api/routing-requests?q=%s",
              "/api/routing-requests?status=%s",
              "/api/routing-requests?cursor=%s",
              "/api/audit-events?actor=%s",
              "/api/routing-activity?period=%s",
              "/api/routing-requests/export?format=csv&q=%s")) {
        String target = query.formatted(encoded(text));
        var answer = http.get(target, admin);
        cases++;
        soft.assertThat(answer.status()).as(target).isIn(200, 400);
        if (answer.status() == 400) {
          soft.assertThat(answer.header("Content-Type"))
              .as(target)
              .startsWith("application/problem+json");
        }
      }
    }
    soft.assertAll();
    assertNothingChanged();
  }

  /** One case: refused with a 4xx problem. */
  private void refused(SoftAssertions soft, RawHttp.Answer answer, String what) {
    cases++;
    soft.assertThat(answer.status()).as(what).isBetween(400, 499);
    soft.assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String b64(String text) {
    return java.util.Base64.getEncoder().encodeToString(utf8(text));
  }

  private static String preview(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.substring(0, Math.min(60, text.length()));
  }
}

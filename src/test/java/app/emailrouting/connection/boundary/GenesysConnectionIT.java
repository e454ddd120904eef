package app.emailrouting.connection.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServerLog;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Genesys connection API and its test, against the built-in sandbox. */
@ServiceTest
class GenesysConnectionIT {

  @ServiceUrl URL base;

  private Api api() {
    return new Api(base);
  }

  @BeforeEach
  void sandboxWithoutFaults() {
    api().freshSandbox();
  }

  private void faults(String json) {
    api().sandboxFaults(json);
  }

  private static void pause(long millis) {
    Api.pause(millis);
  }

  private Answer put(String json) {
    return api()
        .send("PUT", "api/genesys-connection", "application/json", BodyPublishers.ofString(json));
  }

  @Test
  void the_secret_is_write_only_and_never_in_an_answer_or_the_log() throws IOException {
    String secret = "s3cret-" + UUID.randomUUID();
    Answer changed =
        put(
            "{\"region\": \"sandbox\", \"clientId\": \"my-client\", \"clientSecret\": \""
                + secret
                + "\"}");

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getBoolean("clientSecretSet")).isTrue();
    assertThat(changed.json().getString("clientId")).isEqualTo("my-client");
    Answer read = api().get("api/genesys-connection");
    assertThat(read.json().getBoolean("clientSecretSet")).isTrue();
    Answer kept = put("{\"region\": \"sandbox\", \"clientId\": \"my-client\"}");
    assertThat(kept.json().getBoolean("clientSecretSet"))
        .as("a PUT without secret keeps it")
        .isTrue();
    Answer tested = api().post("api/genesys-connection/test", "");
    for (Answer answer : List.of(changed, read, kept, tested, api().get("openapi"))) {
      assertThat(answer.text()).doesNotContain(secret);
    }
    assertThat(ServerLog.text()).contains("Payara Micro").doesNotContain(secret);
    Answer removed =
        put("{\"region\": \"sandbox\", \"clientId\": \"my-client\", \"clientSecret\": \"\"}");
    assertThat(removed.json().getBoolean("clientSecretSet")).isFalse();
  }

  @Test
  void a_bad_region_or_url_is_a_400_naming_the_field_and_changes_nothing() {
    JsonObject before = api().get("api/genesys-connection").json();
    String[][] table = {
      {"{\"region\": \"mars-north-1\"}", "region"},
      {"{\"clientId\": \"x\"}", "region"},
      {"{\"region\": \"eu-west-1\", \"apiUrl\": \"ftp://api.example.com\"}", "apiUrl"},
      {"{\"region\": \"eu-west-1\", \"loginUrl\": \"not a url\"}", "loginUrl"}
    };
    for (String[] bad : table) {
      Answer answer = put(bad[0]);
      assertThat(answer.status()).as(bad[0]).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo(bad[1]);
    }
    assertThat(api().get("api/genesys-connection").json().getInt("version"))
        .isEqualTo(before.getInt("version"));
  }

  @Test
  void a_region_is_accepted_by_name_domain_or_alias_domain() {
    for (String named : List.of("mypurecloud.ie", "euw1.pure.cloud")) {
      Answer answer = put("{\"region\": \"" + named + "\"}");

      assertThat(answer.json().getString("region")).as(named).isEqualTo("eu-west-1");
      assertThat(answer.json().getString("effectiveApiUrl"))
          .isEqualTo("https://api.mypurecloud.ie");
      assertThat(answer.json().getString("effectiveLoginUrl"))
          .isEqualTo("https://login.mypurecloud.ie");
    }
  }

  @Test
  void the_test_reports_the_organization_and_each_permission() {
    JsonObject report = api().post("api/genesys-connection/test", "").json();

    assertThat(report.getBoolean("ok")).as(report.toString()).isTrue();
    assertThat(report.getString("organization")).isEqualTo("Sandbox Org");
    assertThat(report.getString("client")).isNotBlank();
    List<JsonObject> checks = report.getJsonArray("checks").getValuesAs(JsonObject.class);
    assertThat(checks)
        .extracting(check -> check.getString("permission"))
        .contains("routing:queue:view", "architect:flow:view", "conversation:email:create");
    JsonObject create =
        checks.stream()
            .filter(check -> check.getString("permission").equals("conversation:email:create"))
            .findFirst()
            .orElseThrow();
    assertThat(create.isNull("ok")).isTrue();
    assertThat(create.getString("detail")).contains("Not checkable");
  }

  @Test
  void each_missing_listing_permission_is_named_as_genesys_names_it() {
    for (String permission :
        List.of("architect:flow:view", "routing:skill:view", "routing:queue:view")) {
      faults("{\"missingPermissions\": [\"" + permission + "\"]}");

      JsonObject report = api().post("api/genesys-connection/test", "").json();

      assertThat(report.getBoolean("ok")).as(permission).isFalse();
      var checks = report.getJsonArray("checks").getValuesAs(JsonObject.class);
      assertThat(checks)
          .extracting(check -> check.getString("permission"))
          .as("languages need no permission; skills need view, not manage")
          .doesNotContain("routing:language:view", "routing:skill:manage");
      JsonObject refused =
          checks.stream()
              .filter(check -> check.getString("permission").equals(permission))
              .findFirst()
              .orElseThrow();
      assertThat(refused.getBoolean("ok")).as(permission).isFalse();
      assertThat(refused.getString("detail")).contains("403", permission);
      assertThat(checks)
          .filteredOn(check -> !check.getString("permission").equals(permission))
          .filteredOn(check -> check.get("ok").getValueType() != JsonValue.ValueType.NULL)
          .as("every other check passes")
          .allMatch(check -> check.getBoolean("ok"));
    }
  }

  @Test
  void refused_credentials_are_explained_with_the_region() {
    faults("{\"wrongCredentials\": true}");

    JsonObject report = api().post("api/genesys-connection/test", "").json();

    assertThat(report.getBoolean("ok")).isFalse();
    String detail = report.getJsonArray("checks").getJsonObject(0).getString("detail");
    assertThat(detail).contains("invalid_client", "region");
  }

  @Test
  void changing_the_connection_resumes_a_paused_pipeline() {
    faults("{\"wrongCredentials\": true, \"expiredTokens\": true}");
    api()
        .post(
            "api/routing-requests",
            "{\"externalId\": \"%s\", \"queueId\": \"142e8c57-4924-4f80-a5ac-cc7c198aa566\"}"
                .formatted(UUID.randomUUID()));
    for (int i = 0;
        i < 100 && !api().get("api/routing-pipeline").json().getString("state").equals("PAUSED");
        i++) {
      pause(50);
    }
    assertThat(api().get("api/routing-pipeline").json().getString("state")).isEqualTo("PAUSED");
    faults("{\"wrongCredentials\": false, \"expiredTokens\": false}");

    assertThat(put("{\"region\": \"sandbox\"}").status()).isEqualTo(200);

    assertThat(api().get("api/routing-pipeline").json().getString("state")).isEqualTo("RUNNING");
  }
}

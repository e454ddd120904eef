package app.emailrouting.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.ServiceTest;
import app.emailrouting.support.ServiceUrl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Salesforce kit (src/integrations/salesforce): the exact JSON its Apex action builds, kept as
 * a fixture next to it and asserted by its Apex test, is accepted by the intake API with an intake
 * API key (as the Named Credential sends it) and routed, the Case id as the screen pop.
 */
@ServiceTest
class SalesforceKitIT {

  private static final Path KIT = Path.of("src", "integrations", "salesforce");
  private static final Pattern EXPECTED_BODY =
      Pattern.compile("static final String EXPECTED_BODY = '((?:[^'\\\\]|\\\\.)*)';");

  @ServiceUrl URL base;

  private static String read(String path) throws IOException {
    return Files.readString(KIT.resolve(path));
  }

  @Test
  void the_fixture_is_the_body_the_apex_test_asserts_the_action_builds() throws IOException {
    String fixture = read("fixtures/routing-request.json").strip();
    var matcher =
        EXPECTED_BODY.matcher(read("force-app/main/default/classes/GenesysEmailRoutingTest.cls"));
    assertThat(matcher.find()).as("EXPECTED_BODY in the Apex test").isTrue();
    String apexLiteral = matcher.group(1).replace("\\'", "'").replace("\\\\", "\\");
    assertThat(apexLiteral).isEqualTo(fixture);

    String action = read("force-app/main/default/classes/GenesysEmailRouting.cls");
    JsonObject body = parse(fixture);
    for (String field : body.keySet()) {
      assertThat(action).as("the action writes " + field).contains("'" + field + "'");
    }
  }

  @Test
  void the_fixture_is_accepted_with_an_intake_key_and_routed_with_the_case_as_screen_pop()
      throws IOException {
    new Api(base).freshSandbox();
    String fixture = read("fixtures/routing-request.json").strip();
    Api intake = new Api(base).as(Api.bearer(Api.INTAKE_KEY));

    Answer accepted = intake.post("api/routing-requests", fixture);
    assertThat(accepted.status()).as(accepted.toString()).isIn(200, 202);
    long id = accepted.json().getJsonNumber("id").longValue();
    JsonObject routed = new Api(base).awaitStatus(id, Set.of("ROUTED"), Duration.ofSeconds(20));
    assertThat(routed.getString("screenPopId")).isEqualTo("5005g00000NqLbZAAV");
    assertThat(routed.getJsonObject("attributes").getString("caseNumber")).isEqualTo("00001026");

    Answer again = intake.post("api/routing-requests", fixture);
    assertThat(again.status()).as("the same email message again creates nothing").isEqualTo(200);
    assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);

    String conversations =
        new Api(base).get("api/sandbox").json().getJsonArray("conversations").toString();
    assertThat(conversations)
        .as("Genesys Cloud got the Case id as SF_URLPop")
        .contains("5005g00000NqLbZAAV");
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateEmailRequestTest {

  private static RoutingRequest request(RoutingOptions options, EmailDetails email) {
    return RoutingRequest.receive("ext", options, email, Instant.now());
  }

  @Test
  void the_body_carries_what_the_request_names_and_the_screen_pop_as_sf_urlpop() {
    var body =
        GenesysGateway.createEmailRequest(
            request(
                new RoutingOptions("queue-1", null, List.of("s1"), "fr", 3),
                new EmailDetails(
                    null,
                    "Subject",
                    "a@example.com",
                    "A",
                    "b@example.com",
                    "5005g0",
                    Map.of("k", "v"))));

    assertThat(body.queueId()).isEqualTo("queue-1");
    assertThat(body.flowId()).isNull();
    assertThat(body.provider()).isEqualTo("Salesforce");
    assertThat(body.direction()).isEqualTo("INBOUND");
    assertThat(body.skillIds()).containsExactly("s1");
    assertThat(body.attributes()).containsEntry("SF_URLPop", "5005g0").containsEntry("k", "v");
  }

  @Test
  void absent_members_are_left_out_of_the_json_not_sent_as_null() throws Exception {
    var body =
        GenesysGateway.createEmailRequest(
            request(
                new RoutingOptions(null, "flow-1", List.of(), null, null),
                new EmailDetails("Web", null, null, null, null, null, Map.of())));

    String json;
    try (var jsonb = JsonbBuilder.create()) {
      json = jsonb.toJson(body);
    }
    assertThat(json)
        .contains("\"flowId\":\"flow-1\"", "\"provider\":\"Web\"", "\"direction\":\"INBOUND\"")
        .doesNotContain("queueId", "skillIds", "attributes", "null");
  }
}

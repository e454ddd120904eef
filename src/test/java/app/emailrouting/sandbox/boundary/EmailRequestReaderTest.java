package app.emailrouting.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.emailrouting.sandbox.control.PlatformError;
import app.emailrouting.sandbox.entity.EmailRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailRequestReaderTest {

  private static EmailRequest read(String body) {
    return EmailRequestReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static PlatformError refusal(String body) {
    return catchThrowableOfType(PlatformError.class, () -> read(body));
  }

  /** A body of exactly {@code size} bytes: an object with one long unknown member. */
  private static String bodyOf(int size) {
    String start = "{\"provider\":\"Salesforce\",\"padding\":\"";
    String end = "\"}";
    return start + "x".repeat(size - start.length() - end.length()) + end;
  }

  @Test
  void every_field_of_a_create_email_request_is_read() {
    var request =
        read(
            """
            {"queueId": "q", "flowId": null, "provider": "Salesforce", "skillIds": ["s1", "s2"],
             "languageId": "l", "priority": 5, "attributes": {"SF_URLPop": "500Qy"},
             "toAddress": "to@example.com", "toName": "To", "fromAddress": "from@example.org",
             "fromName": "From", "subject": "Hello", "direction": "INBOUND", "unknown": [1]}
            """);

    assertThat(request)
        .isEqualTo(
            new EmailRequest(
                "q",
                null,
                "Salesforce",
                List.of("s1", "s2"),
                "l",
                5,
                Map.of("SF_URLPop", "500Qy"),
                "to@example.com",
                "To",
                "from@example.org",
                "From",
                "Hello",
                "INBOUND"));
  }

  @Test
  void a_body_of_512000_bytes_is_read_and_one_more_byte_is_a_413() {
    assertThat(read(bodyOf(512_000)).provider()).isEqualTo("Salesforce");

    var error = refusal(bodyOf(512_001));

    assertThat(error.status()).isEqualTo(413);
  }

  @Test
  void a_body_that_is_not_a_json_object_is_a_bad_request() {
    for (String body : new String[] {"", "{", "[1, 2]", "\"text\"", "{\"provider\": }"}) {
      var error = refusal(body);
      assertThat(error.status()).as(body).isEqualTo(400);
      assertThat(error.code()).isEqualTo("bad.request");
    }
  }

  @Test
  void a_value_of_the_wrong_type_is_a_bad_request_naming_the_field() {
    assertThat(refusal("{\"queueId\": 12}").getMessage()).contains("queueId");
    assertThat(refusal("{\"skillIds\": \"s1\"}").getMessage()).contains("skillIds");
    assertThat(refusal("{\"skillIds\": [1]}").getMessage()).contains("skillIds");
    assertThat(refusal("{\"priority\": 1.5}").getMessage()).contains("priority");
    assertThat(refusal("{\"priority\": \"high\"}").getMessage()).contains("priority");
    assertThat(refusal("{\"attributes\": {\"a\": 1}}").getMessage()).contains("attributes");
    assertThat(refusal("{\"direction\": \"SIDEWAYS\"}").code()).isEqualTo("bad.request");
  }

  @Test
  void absent_lists_and_maps_read_as_empty() {
    var request = read("{\"provider\": \"Salesforce\"}");

    assertThat(request.skillIds()).isEmpty();
    assertThat(request.attributes()).isEmpty();
    assertThat(request.priority()).isNull();
  }
}

package app.emailrouting.sandbox.boundary;

import static app.emailrouting.sandbox.boundary.WrittenJson.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.LoginError;
import app.emailrouting.sandbox.control.PlatformErrors;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void a_platform_error_is_an_error_body_with_the_correlation_id_as_context_id() {
    var json =
        parsed(
            ErrorBodies.of(
                PlatformErrors.missingPermissions("conversation:email:create"), "ctx-1"));

    assertThat(json.keySet())
        .containsExactly(
            "message",
            "code",
            "status",
            "messageWithParams",
            "messageParams",
            "contextId",
            "details",
            "errors");
    assertThat(json.getString("code")).isEqualTo("missing.permissions");
    assertThat(json.getInt("status")).isEqualTo(403);
    assertThat(json.getString("contextId")).isEqualTo("ctx-1");
    assertThat(json.getString("message"))
        .isEqualTo(
            "Unable to perform the requested action. You are missing the following"
                + " permission(s): conversation:email:create");
    assertThat(json.getString("messageWithParams")).contains("{permissions}");
    assertThat(json.getJsonObject("messageParams").getString("permissions"))
        .isEqualTo("conversation:email:create");
  }

  @Test
  void details_name_the_field_and_the_entity() {
    var json = parsed(ErrorBodies.of(PlatformErrors.invalidValue("skillIds", "s-9"), "ctx"));

    var detail = json.getJsonArray("details").getJsonObject(0);
    assertThat(detail.getString("errorCode")).isEqualTo("invalid.value");
    assertThat(detail.getString("fieldName")).isEqualTo("skillIds");
    assertThat(detail.getString("entityId")).isEqualTo("s-9");
    assertThat(detail.containsKey("entityName")).isFalse();
  }

  @Test
  void a_rate_limit_names_the_limit() {
    var json = parsed(ErrorBodies.of(PlatformErrors.rateLimited(3), "ctx"));

    assertThat(json.getString("code")).isEqualTo("too.many.requests.retry.after");
    assertThat(json.getJsonObject("limit").keySet()).containsExactly("key", "namespace", "value");
  }

  @Test
  void a_login_error_has_oauths_shape_with_both_descriptions() {
    var json = parsed(ErrorBodies.of(LoginError.invalidClient()));

    assertThat(json.toString())
        .isEqualTo(
            "{\"error\":\"invalid_client\",\"description\":\"authentication failed\","
                + "\"error_description\":\"authentication failed\"}");
  }
}

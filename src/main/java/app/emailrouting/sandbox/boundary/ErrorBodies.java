package app.emailrouting.sandbox.boundary;

import static app.emailrouting.sandbox.boundary.PlatformJson.JSON;

import app.emailrouting.sandbox.control.LoginError;
import app.emailrouting.sandbox.control.PlatformError;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The error bodies: Genesys Cloud's {@code ErrorBody} for Platform API calls, and OAuth's shape for
 * the token endpoint (with both {@code description} and {@code error_description}, as Genesys'
 * login writes them).
 */
final class ErrorBodies {

  private ErrorBodies() {}

  static JsonObject of(PlatformError error, String contextId) {
    var params = JSON.createObjectBuilder();
    error.messageParams().forEach(params::add);
    var details = JSON.createArrayBuilder();
    error.details().stream().map(ErrorBodies::detail).forEach(details::add);
    var json =
        JSON.createObjectBuilder()
            .add("message", error.getMessage())
            .add("code", error.code())
            .add("status", error.status())
            .add("messageWithParams", error.messageWithParams())
            .add("messageParams", params)
            .add("contextId", contextId)
            .add("details", details)
            .add("errors", JSON.createArrayBuilder());
    if (error.limit() != null) {
      json.add("limit", limit(error.limit()));
    }
    return json.build();
  }

  static JsonObject of(LoginError error) {
    return JSON.createObjectBuilder()
        .add("error", error.error())
        .add("description", error.description())
        .add("error_description", error.description())
        .build();
  }

  private static JsonObjectBuilder detail(PlatformError.Detail detail) {
    var json = JSON.createObjectBuilder().add("errorCode", detail.errorCode());
    addIfPresent(json, "fieldName", detail.fieldName());
    addIfPresent(json, "entityId", detail.entityId());
    addIfPresent(json, "entityName", detail.entityName());
    return json;
  }

  private static JsonObjectBuilder limit(PlatformError.Limit limit) {
    return JSON.createObjectBuilder()
        .add("key", limit.key())
        .add("namespace", limit.namespace())
        .add("value", limit.value());
  }

  private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}

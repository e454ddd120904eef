package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.LoginError;
import app.emailrouting.sandbox.control.PlatformError;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The simulator's responses. Bodies are written to text here rather than by a JAX-RS provider, so
 * their members are exactly those built, whichever JSON providers the server has. An error answer
 * names its correlation id in the header and as {@code contextId}, the same id.
 */
final class PlatformAnswers {

  static final String CORRELATION_ID = "ININ-Correlation-Id";

  private PlatformAnswers() {}

  static Response ok(JsonObject body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
        .header(CORRELATION_ID, newCorrelationId())
        .build();
  }

  static Response error(PlatformError error) {
    String correlationId = newCorrelationId();
    var response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(ErrorBodies.of(error, correlationId).toString())
            .header(CORRELATION_ID, correlationId);
    error.headers().forEach(response::header);
    return response.build();
  }

  static Response error(LoginError error) {
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBodies.of(error).toString())
        .header(CORRELATION_ID, newCorrelationId())
        .build();
  }

  static String newCorrelationId() {
    return UUID.randomUUID().toString();
  }
}

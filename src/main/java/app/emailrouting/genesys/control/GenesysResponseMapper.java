package app.emailrouting.genesys.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every Genesys answer of 400 and above into a {@link GenesysApiException}: the Platform
 * API's ErrorBody, or the token endpoint's OAuth error. 502, 503 and 504 become {@link
 * GenesysApiException.ServerBusy}, the only answers retried within the call.
 */
public class GenesysResponseMapper implements ResponseExceptionMapper<GenesysApiException> {

  static final String CORRELATION_ID = "ININ-Correlation-Id";
  private static final Jsonb JSONB = JsonbBuilder.create();

  private final GenesysApiException.Endpoint endpoint;

  public GenesysResponseMapper(GenesysApiException.Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public GenesysApiException toThrowable(Response response) {
    response.bufferEntity();
    String body = response.hasEntity() ? response.readEntity(String.class) : null;
    var answer = answer(response.getStatus(), body, response.getStringHeaders());
    return isServerBusy(response.getStatus()) ? new GenesysApiException.ServerBusy(answer) : answer;
  }

  GenesysApiException answer(int status, String body, MultivaluedMap<String, String> headers) {
    String correlationId = headers.getFirst(CORRELATION_ID);
    Duration retryAfter = retryAfter(headers.getFirst("Retry-After")).orElse(null);
    if (endpoint == GenesysApiException.Endpoint.LOGIN) {
      var oauth = parse(body, AuthResponse.class);
      return new GenesysApiException(
          endpoint,
          status,
          oauth.map(AuthResponse::error).orElse(null),
          oauth.map(AuthResponse::errorDescription).orElse(unreadable(status)),
          null,
          body,
          correlationId,
          retryAfter);
    }
    var error = parse(body, ErrorBody.class);
    return new GenesysApiException(
        endpoint,
        status,
        error.map(ErrorBody::code).orElse(null),
        error.map(ErrorBody::message).orElse(unreadable(status)),
        error.map(ErrorBody::messageParams).orElse(null),
        body,
        correlationId != null ? correlationId : error.map(ErrorBody::contextId).orElse(null),
        retryAfter);
  }

  private String unreadable(int status) {
    String host =
        endpoint == GenesysApiException.Endpoint.LOGIN ? "token endpoint" : "Platform API";
    return "HTTP " + status + " from the Genesys " + host + " without a Genesys error body.";
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  private static boolean isServerBusy(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  static Optional<Duration> retryAfter(String header) {
    try {
      return Optional.ofNullable(header)
          .map(String::strip)
          .map(Long::parseLong)
          .map(Duration::ofSeconds);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static <T> Optional<T> parse(String body, Class<T> type) {
    if (body == null || body.isBlank() || !body.strip().startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSONB.fromJson(body, type));
    } catch (JsonbException e) {
      return Optional.empty();
    }
  }
}

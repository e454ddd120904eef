package app.emailrouting.genesys.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every Genesys answer of 400 and above into a {@link GenesysApiException}: the Platform
 * API's ErrorBody, or the token endpoint's OAuth error. 502 and 503 become {@link
 * GenesysApiException.ServerBusy}, the only answers retried within the call.
 */
public class GenesysResponseMapper implements ResponseExceptionMapper<GenesysApiException> {

  static final String CORRELATION_ID = "ININ-Correlation-Id";
  static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);
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
        retryAfter,
        error.map(ErrorBody::details).orElse(null));
  }

  private String unreadable(int status) {
    String host =
        endpoint == GenesysApiException.Endpoint.LOGIN ? "token endpoint" : "Platform API";
    String said = "HTTP " + status + " from the Genesys " + host + " without a Genesys error body.";
    return status == 404
        ? said + " Check the base URL (the region, or its override) and any proxy on the way."
        : said;
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  /**
   * 502 and 503: a gateway or Genesys said it did not handle the call. A 504 is not among them: the
   * gateway stopped waiting, and the email may have been created behind it.
   */
  private static boolean isServerBusy(int status) {
    return status == 502 || status == 503;
  }

  /**
   * A Retry-After in seconds or as an HTTP date, kept between 0 and {@link #LONGEST_RETRY_AFTER}:
   * an absurd value must neither overflow a time nor stop a request for days.
   */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    try {
      return Optional.of(clamped(Duration.ofSeconds(Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(clamped(Duration.between(Instant.now(), at)));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static Duration clamped(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      return Duration.ZERO;
    }
    return retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
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

package app.emailrouting.genesys.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error answer of Genesys Cloud, with everything the admin needs to read it: HTTP status,
 * Genesys code and message (or the OAuth error of the token endpoint), the body, the correlation id
 * and any Retry-After.
 */
public class GenesysApiException extends RuntimeException {

  /** Which host answered: the token endpoint or the Platform API. */
  public enum Endpoint {
    LOGIN,
    API
  }

  private final Endpoint endpoint;
  private final int httpStatus;
  private final String code;
  private final Map<String, String> messageParams;
  private final String body;
  private final String correlationId;
  private final Duration retryAfter;
  private final List<ErrorBody.Detail> details;

  public GenesysApiException(
      Endpoint endpoint,
      int httpStatus,
      String code,
      String message,
      Map<String, String> messageParams,
      String body,
      String correlationId,
      Duration retryAfter) {
    this(
        endpoint,
        httpStatus,
        code,
        message,
        messageParams,
        body,
        correlationId,
        retryAfter,
        List.of());
  }

  /** An answer with the error body's {@code details} (the field and entity each one is about). */
  public GenesysApiException(
      Endpoint endpoint,
      int httpStatus,
      String code,
      String message,
      Map<String, String> messageParams,
      String body,
      String correlationId,
      Duration retryAfter,
      List<ErrorBody.Detail> details) {
    super(message);
    this.endpoint = endpoint;
    this.httpStatus = httpStatus;
    this.code = code;
    this.messageParams = messageParams == null ? Map.of() : Map.copyOf(messageParams);
    this.body = body;
    this.correlationId = correlationId;
    this.retryAfter = retryAfter;
    this.details = details == null ? List.of() : List.copyOf(details);
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String code() {
    return code;
  }

  public Map<String, String> messageParams() {
    return messageParams;
  }

  public String body() {
    return body;
  }

  public String correlationId() {
    return correlationId;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public List<ErrorBody.Detail> details() {
    return details;
  }

  /**
   * Whether the body was an error of the Genesys API (it has a code): a 404 without one came from a
   * wrong base URL, a proxy or a sandbox switched off, not from Genesys about an id.
   */
  public boolean isGenesysError() {
    return code != null;
  }

  /** 502, 503 or 504: Genesys did not handle the call; retried at once, within the call. */
  public static class ServerBusy extends GenesysApiException {
    public ServerBusy(GenesysApiException answer) {
      super(
          answer.endpoint,
          answer.httpStatus,
          answer.code,
          answer.getMessage(),
          answer.messageParams,
          answer.body,
          answer.correlationId,
          answer.retryAfter,
          answer.details);
    }
  }
}

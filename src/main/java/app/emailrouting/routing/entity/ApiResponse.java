package app.emailrouting.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The answer to a routing attempt, as the admin reads it: Genesys' HTTP status, error code and
 * message, the body (at most {@value #MAX_BODY} characters) and the correlation id Genesys support
 * asks for. Every field is cut to its column, so that no answer from Genesys can fail the write
 * that records it. An attempt decided here without a call has no HTTP status.
 */
@Embeddable
public class ApiResponse {

  public static final int MAX_BODY = 65_536;
  private static final int MAX_TEXT = 4000;
  private static final int MAX_SHORT = 255;

  @Column(name = "api_http_status")
  private Integer httpStatus;

  @Column(name = "api_code")
  private String code;

  @Column(name = "api_message")
  private String message;

  @Column(name = "api_message_params")
  private String messageParams;

  @Column(name = "api_body")
  private String body;

  @Column(name = "api_correlation_id")
  private String correlationId;

  @Column(name = "api_at")
  private Instant at;

  protected ApiResponse() {}

  public ApiResponse(
      Integer httpStatus,
      String code,
      String message,
      String messageParams,
      String body,
      String correlationId,
      Instant at) {
    this.httpStatus = httpStatus;
    this.code = truncate(code, MAX_SHORT);
    this.message = truncate(message, MAX_TEXT);
    this.messageParams = truncate(messageParams, MAX_TEXT);
    this.body = truncate(body, MAX_BODY);
    this.correlationId = truncate(correlationId, MAX_SHORT);
    this.at = at;
  }

  /** An answer decided here, before any call to Genesys Cloud. */
  public static ApiResponse local(String code, String message, Instant at) {
    return new ApiResponse(null, code, message, null, null, null, at);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public String messageParams() {
    return messageParams;
  }

  public String body() {
    return body;
  }

  public String correlationId() {
    return correlationId;
  }

  public Instant at() {
    return at;
  }
}

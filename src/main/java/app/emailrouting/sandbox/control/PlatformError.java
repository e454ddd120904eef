package app.emailrouting.sandbox.control;

import java.util.List;
import java.util.Map;

/**
 * A Platform API error as Genesys Cloud answers it (its {@code ErrorBody}), raised by the sandbox
 * and written by the boundary with the call's correlation id as {@code contextId}. No stack trace:
 * it is an answer, not a fault of the sandbox.
 */
public class PlatformError extends RuntimeException {

  private final int status;
  private final String code;
  private final String messageWithParams;
  private final Map<String, String> messageParams;
  private final List<Detail> details;
  private final Map<String, String> headers;
  private final Limit limit;

  PlatformError(int status, String code, String template, Map<String, String> params) {
    this(status, code, template, params, List.of(), Map.of(), null);
  }

  PlatformError(
      int status,
      String code,
      String template,
      Map<String, String> params,
      List<Detail> details,
      Map<String, String> headers,
      Limit limit) {
    super(filled(template, params), null, false, false);
    this.status = status;
    this.code = code;
    this.messageWithParams = template;
    this.messageParams = Map.copyOf(params);
    this.details = List.copyOf(details);
    this.headers = Map.copyOf(headers);
    this.limit = limit;
  }

  /** One entry of {@code details}: which field or entity the error is about. */
  public record Detail(String errorCode, String fieldName, String entityId, String entityName) {}

  /** The {@code limit} member of a 429: which rate limit was exceeded. */
  public record Limit(String key, String namespace, long value) {}

  PlatformError withDetail(Detail detail) {
    return new PlatformError(
        status, code, messageWithParams, messageParams, List.of(detail), headers, limit);
  }

  private static String filled(String template, Map<String, String> params) {
    String message = template;
    for (var param : params.entrySet()) {
      message = message.replace("{" + param.getKey() + "}", param.getValue());
    }
    return message;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageWithParams() {
    return messageWithParams;
  }

  public Map<String, String> messageParams() {
    return messageParams;
  }

  public List<Detail> details() {
    return details;
  }

  /** Response headers that belong to the answer, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The rate limit of a 429, else null. */
  public Limit limit() {
    return limit;
  }
}

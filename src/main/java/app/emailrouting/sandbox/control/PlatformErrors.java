package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.control.PlatformError.Detail;
import app.emailrouting.sandbox.control.PlatformError.Limit;
import app.emailrouting.sandbox.entity.EmailRequest;
import java.util.List;
import java.util.Map;

/**
 * The Platform API errors the sandbox answers, with Genesys Cloud's codes and messages. Where
 * Genesys documents no code (an invalid skill or language, 413), the closest documented one is
 * used.
 */
public final class PlatformErrors {

  public static final int RATE_LIMIT_PER_MINUTE = 300;
  public static final int MAX_BODY_BYTES = 512_000;

  private PlatformErrors() {}

  public static PlatformError authenticationRequired() {
    return new PlatformError(
        401,
        "authentication.required",
        "No authentication bearer token specified in authorization header.",
        Map.of());
  }

  public static PlatformError badCredentials() {
    return new PlatformError(401, "bad.credentials", "Invalid login credentials.", Map.of());
  }

  public static PlatformError credentialsExpired() {
    return new PlatformError(
        401,
        "credentials.expired",
        "The supplied credentials are expired and cannot be used.",
        Map.of());
  }

  public static PlatformError missingPermissions(String permission) {
    return new PlatformError(
        403,
        "missing.permissions",
        "Unable to perform the requested action. You are missing the following permission(s):"
            + " {permissions}",
        Map.of("permissions", permission));
  }

  public static PlatformError providerRequired() {
    return new PlatformError(
            400,
            "postino.error.notnull.createconversationrequest.provider",
            "The provider field may not be null.",
            Map.of())
        .withDetail(new Detail("invalid.value", "provider", null, null));
  }

  public static PlatformError reservedProvider(String provider) {
    return new PlatformError(
        400,
        "bad.request",
        "The provider {provider} is reserved and cannot be used to create an email.",
        Map.of("provider", provider));
  }

  public static PlatformError queueOrFlow() {
    return new PlatformError(
        400,
        "too.many.create.email.parameters",
        "One of queueId or flowId must be supplied.",
        Map.of());
  }

  public static PlatformError invalidQueue(String queueId) {
    return new PlatformError(
            400, "email.error.invalid.queue", "An invalid queue ID was specified.", Map.of())
        .withDetail(new Detail("email.error.invalid.queue", "queueId", queueId, null));
  }

  public static PlatformError invalidFlow(String flowId) {
    return new PlatformError(400, "bad.flow.id", "Invalid flow ID was specified.", Map.of())
        .withDetail(new Detail("bad.flow.id", "flowId", flowId, null));
  }

  public static PlatformError invalidValue(String field, String value) {
    return new PlatformError(
            400,
            "invalid.value",
            "Value [{value}] is not valid for field type [{field}].",
            Map.of("field", field, "value", value))
        .withDetail(new Detail("invalid.value", field, value, null));
  }

  public static PlatformError malformed(String reason) {
    return new PlatformError(
        400,
        "bad.request",
        "The request could not be understood by the server due to malformed syntax: {reason}",
        Map.of("reason", reason));
  }

  public static PlatformError tooLarge() {
    return new PlatformError(
        413,
        "request.entity.too.large",
        "The request is larger than the limit of {limit} bytes.",
        Map.of("limit", String.valueOf(MAX_BODY_BYTES)));
  }

  public static PlatformError rateLimited(int retryAfterSeconds) {
    String seconds = String.valueOf(retryAfterSeconds);
    return new PlatformError(
        429,
        "too.many.requests.retry.after",
        "Rate limit exceeded the maximum [{limit}] requests within [60] seconds. Retry the"
            + " request in [{retryAfter}] seconds.",
        Map.of("limit", String.valueOf(RATE_LIMIT_PER_MINUTE), "retryAfter", seconds),
        List.of(),
        Map.of(
            "Retry-After",
            seconds,
            "inin-ratelimit-count",
            String.valueOf(RATE_LIMIT_PER_MINUTE + 1),
            "inin-ratelimit-allowed",
            String.valueOf(RATE_LIMIT_PER_MINUTE),
            "inin-ratelimit-reset",
            seconds),
        new Limit("token.rate.per.minute", "platform.api", RATE_LIMIT_PER_MINUTE));
  }

  /** A server error with the given status: 500, 502, 503 or 504. */
  public static PlatformError serverError(int status) {
    return switch (status) {
      case 500 ->
          new PlatformError(
              500,
              "internal.server.error",
              "The server encountered an unexpected condition which prevented it from"
                  + " fulfilling the request.",
              Map.of());
      case 504 -> new PlatformError(504, "request.timeout", "The request timed out.", Map.of());
      default -> unavailable(status);
    };
  }

  public static PlatformError unavailable(int status) {
    return new PlatformError(
        status,
        "service.unavailable",
        "The service is currently unavailable; try again later.",
        Map.of());
  }

  /**
   * The answer a {@code createEmailAnswer} switch gives a create email call for this request: a 400
   * whose details name its queue (or flow), a 410 for its flow, or a 403 for the caller's address.
   */
  public static PlatformError createEmailAnswer(String answer, EmailRequest request) {
    boolean flow = request.queueId() == null && request.flowId() != null;
    String field = flow ? "flowId" : "queueId";
    String id = flow ? request.flowId() : request.queueId();
    return switch (answer) {
      case "general.bad.request" ->
          new PlatformError(
                  400,
                  "general.bad.request",
                  "The request could not be understood by the server due to malformed syntax.",
                  Map.of())
              .withDetail(new Detail("invalid.value", field, id, null));
      case "architect.flow.deleted" ->
          new PlatformError(410, "architect.flow.deleted", "The flow has been deleted.", Map.of())
              .withDetail(new Detail("architect.flow.deleted", "flowId", request.flowId(), null));
      case "ip.not.authorized" ->
          new PlatformError(
              403,
              "ip.not.authorized",
              "The IP address of this request is not allowed for the OAuth client.",
              Map.of());
      default -> serverError(504);
    };
  }

  /** A queue in a division the OAuth client's role does not cover. */
  public static PlatformError divisionNotCovered(String division) {
    return new PlatformError(
        403,
        "not.authorized",
        "You are not authorized to perform the requested action in division {division}.",
        Map.of("division", division));
  }

  /** An HTTP error JAX-RS raised itself (unknown path, wrong method or media type). */
  public static PlatformError httpError(int status, String code, String message) {
    return new PlatformError(status, code, message, Map.of());
  }
}

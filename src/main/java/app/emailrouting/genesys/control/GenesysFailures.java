package app.emailrouting.genesys.control;

import app.emailrouting.routing.entity.ApiResponse;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What each Genesys failure means: the one classifier of Genesys answers and transport failures.
 * For a routing request, the failure reason (genesys-cloud-api.md, section 7), whether it is
 * transient and whether it stops all routing until an admin acts; for Retrieve Options and the
 * connection test, a sentence the admin can act on.
 */
public final class GenesysFailures {
  static final Duration CIRCUIT_OPEN_RETRY = Duration.ofSeconds(30);
  static final Duration BULKHEAD_FULL_RETRY = Duration.ofSeconds(1);
  private static final String CIRCUIT_OPEN =
      "Genesys Cloud is failing: calls are paused for a while.";

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Set<String> INVALID_FLOW_CODES =
      Set.of("bad.flow.id", "too.many.create.email.parameters", "architect.flow.deleted");
  private static final Set<String> GENERIC_INVALID_CODES =
      Set.of("bad.request", "general.bad.request", "invalid.value");
  private static final Set<String> ROUTING_OPTION_FIELDS =
      Set.of("queueid", "skillids", "languageid", "queue", "skills", "language");
  private static final Set<String> FLOW_FIELDS = Set.of("flowid", "flow");

  /**
   * A 403 for the caller's address: the OAuth client accepts calls from listed addresses only.
   * Every call fails alike, so it is bad credentials: routing pauses until the client is fixed.
   */
  static final String IP_NOT_AUTHORIZED = "ip.not.authorized";

  static final String TAKES_EFFECT = "A permission change takes up to five minutes to take effect.";
  static final String DIVISION_FIX =
      "The queue or flow is in a division the OAuth client's role does not cover: add that"
          + " division to the role. "
          + TAKES_EFFECT;

  private GenesysFailures() {}

  /**
   * The attempt result of a create email call that ended with this failure. An answer that leaves
   * open whether the email was created (no answer in time, a 500 or 504) is an unknown outcome;
   * anything this service did not expect from the answer is recorded as REJECTED, the answer kept.
   */
  public static AttemptResult ofCreateEmail(RuntimeException failure, Instant now) {
    return ofCreateEmail(failure, now, CIRCUIT_OPEN_RETRY);
  }

  /** As {@link #ofCreateEmail(RuntimeException, Instant)}, the circuit open for {@code circuit}. */
  public static AttemptResult ofCreateEmail(
      RuntimeException failure, Instant now, Duration circuit) {
    if (isUnknownOutcome(failure)) {
      return new AttemptResult.Unknown(apiResponseOf(failure, now));
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return new AttemptResult.NotSent(circuit, CIRCUIT_OPEN);
    }
    return of(failure, now);
  }

  private static boolean isUnknownOutcome(RuntimeException failure) {
    return failure instanceof TimeoutException
        || failure instanceof GenesysUnreachableException unreachable && unreachable.isSent()
        || failure instanceof GenesysApiException answer
            && answer.endpoint() == GenesysApiException.Endpoint.API
            && (answer.httpStatus() == 500 || answer.httpStatus() == 504);
  }

  private static ApiResponse apiResponseOf(RuntimeException failure, Instant now) {
    if (failure instanceof GenesysApiException answer) {
      return apiResponse(answer, now);
    }
    return failure instanceof TimeoutException
        ? ApiResponse.local(
            "genesys.timeout", "Genesys Cloud did not answer within the call's time limit.", now)
        : ApiResponse.local("genesys.no.answer", failure.getMessage(), now);
  }

  /**
   * The attempt result of a call that ended with this failure; one this service did not expect is
   * recorded as REJECTED, so that the request ends instead of coming back with every lease.
   */
  public static AttemptResult of(RuntimeException failure, Instant now) {
    if (failure instanceof CallNotMadeException notMade) {
      return new AttemptResult.NotSent(notMade.retryAfter(), notMade.getMessage());
    }
    if (failure instanceof GenesysApiException answer) {
      return of(answer, now);
    }
    if (failure instanceof GenesysUnreachableException unreachable) {
      String code = unreachable.isSent() ? "genesys.no.answer" : "genesys.unreachable";
      return unavailable(code, unreachable.getMessage(), now);
    }
    if (failure instanceof TimeoutException) {
      return unavailable(
          "genesys.timeout", "Genesys Cloud did not answer within the call's time limit.", now);
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return new AttemptResult.NotSent(CIRCUIT_OPEN_RETRY, CIRCUIT_OPEN);
    }
    if (failure instanceof BulkheadException) {
      return new AttemptResult.NotSent(
          BULKHEAD_FULL_RETRY, "Too many calls to Genesys Cloud at once.");
    }
    return new AttemptResult.Failed(
        FailureReason.REJECTED,
        false,
        null,
        false,
        ApiResponse.local(
            "genesys.unexpected.answer",
            "The answer of Genesys Cloud could not be handled: " + failure,
            now));
  }

  static AttemptResult.Failed of(GenesysApiException answer, Instant now) {
    FailureReason reason = reasonOf(answer);
    return new AttemptResult.Failed(
        reason,
        isTransient(reason),
        answer.retryAfter().orElse(null),
        stopsRouting(reason, answer),
        apiResponse(answer, now));
  }

  /**
   * The failure reason of an answer: by status, then by the fields the error's {@code details}
   * name, then by its code. A 501 is permanent (Genesys does not do that call), a 410 is a deleted
   * flow, and a 404 without a Genesys error body did not come from Genesys about an id (a wrong
   * base URL, a proxy, a sandbox switched off): Genesys unavailable, not a stale option.
   */
  static FailureReason reasonOf(GenesysApiException answer) {
    int status = answer.httpStatus();
    if (status == 429) {
      return FailureReason.RATE_LIMITED;
    }
    if (status == 501) {
      return FailureReason.REJECTED;
    }
    if (status >= 500 || status == 408 || status == 404 && !answer.isGenesysError()) {
      return FailureReason.GENESYS_UNAVAILABLE;
    }
    if (answer.endpoint() == GenesysApiException.Endpoint.LOGIN
        || status == 401
        || IP_NOT_AUTHORIZED.equals(answer.code())) {
      return FailureReason.BAD_CREDENTIALS;
    }
    if (status == 403) {
      return FailureReason.MISSING_PERMISSIONS;
    }
    if (status == 410) {
      return FailureReason.INVALID_FLOW;
    }
    var named = reasonOfDetails(answer);
    if (named.isPresent()) {
      return named.get();
    }
    if (status == 404 || isInvalidRoutingOption(answer)) {
      return FailureReason.INVALID_ROUTING_OPTIONS;
    }
    return isInvalidFlow(answer) ? FailureReason.INVALID_FLOW : FailureReason.REJECTED;
  }

  /** The reason the fields named in the error's details point at: an option, or the flow. */
  private static Optional<FailureReason> reasonOfDetails(GenesysApiException answer) {
    var fields =
        answer.details().stream()
            .map(ErrorBody.Detail::fieldName)
            .filter(Objects::nonNull)
            .map(GenesysFailures::fieldOf)
            .toList();
    if (fields.stream().anyMatch(ROUTING_OPTION_FIELDS::contains)) {
      return Optional.of(FailureReason.INVALID_ROUTING_OPTIONS);
    }
    if (fields.stream().anyMatch(FLOW_FIELDS::contains)) {
      return Optional.of(FailureReason.INVALID_FLOW);
    }
    return Optional.empty();
  }

  /** A detail's field, lower case, without a path or an index: "body.skillIds[1]" is skillids. */
  private static String fieldOf(String fieldName) {
    String field = fieldName.strip().toLowerCase(Locale.ROOT);
    field = field.substring(field.lastIndexOf('.') + 1);
    int index = field.indexOf('[');
    return index < 0 ? field : field.substring(0, index);
  }

  private static boolean isInvalidRoutingOption(GenesysApiException answer) {
    return "email.error.invalid.queue".equals(answer.code())
        || GENERIC_INVALID_CODES.contains(answer.code()) && namesSkillOrLanguage(answer);
  }

  private static boolean namesSkillOrLanguage(GenesysApiException answer) {
    String said = everythingSaid(answer);
    return said.contains("skill") || said.contains("language");
  }

  /** The answer's message, parameters and body, lower case: what a text rule reads. */
  private static String everythingSaid(GenesysApiException answer) {
    return (answer.getMessage() + " " + answer.messageParams() + " " + answer.body())
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isInvalidFlow(GenesysApiException answer) {
    String code = answer.code() == null ? "" : answer.code();
    return INVALID_FLOW_CODES.contains(code) || code.startsWith("postino.error.notnull.");
  }

  private static boolean isTransient(FailureReason reason) {
    return reason == FailureReason.RATE_LIMITED || reason == FailureReason.GENESYS_UNAVAILABLE;
  }

  /**
   * Bad credentials stop all routing, and so does the create permission missing from the role; a
   * refusal about one queue's or flow's division does not: the other requests route.
   */
  private static boolean stopsRouting(FailureReason reason, GenesysApiException answer) {
    return reason == FailureReason.BAD_CREDENTIALS
        || reason == FailureReason.MISSING_PERMISSIONS
            && lacksCreatePermission(answer)
            && !isDivisionRefusal(answer);
  }

  /** A 403 about a division the role does not cover (the fix: add it to the role). */
  static boolean isDivisionRefusal(GenesysApiException answer) {
    return answer.httpStatus() == 403 && everythingSaid(answer).contains("division");
  }

  private static boolean lacksCreatePermission(GenesysApiException answer) {
    return GenesysPermission.CREATE_EMAIL.namedIn(answer);
  }

  /**
   * What a failed call means, as a sentence the admin can act on: the call, Genesys' status, code,
   * message and correlation id, and for a 403 the permission to add to the OAuth client's role; a
   * refused login names the token endpoint and the region, its most common cause.
   *
   * @param needed the permission the call is documented to need, or null
   */
  public static String describe(
      GenesysConnection connection,
      String call,
      GenesysPermission needed,
      RuntimeException failure) {
    if (failure instanceof GenesysApiException answer) {
      return answer.endpoint() == GenesysApiException.Endpoint.LOGIN
          ? refusedLogin(connection, answer)
          : answered(call, needed, answer);
    }
    if (failure instanceof SecretUnreadableException) {
      return failure.getMessage();
    }
    if (failure instanceof CallNotMadeException) {
      return call + " was not made: " + failure.getMessage() + ".";
    }
    if (failure instanceof TimeoutException) {
      return "Genesys Cloud did not answer " + call + " in time.";
    }
    if (failure instanceof GenesysUnreachableException) {
      return call + " failed: " + failure.getMessage();
    }
    return call + " failed: " + failure.getClass().getSimpleName() + ".";
  }

  private static String refusedLogin(GenesysConnection connection, GenesysApiException answer) {
    return ("The token endpoint %s refused the OAuth client credentials (%d %s: %s). Check the"
            + " client id and secret, and that the region (%s) is the one of your Genesys"
            + " organization: a wrong region is the most common cause.")
        .formatted(
            connection.loginBase().getHost(),
            answer.httpStatus(),
            answer.code(),
            answer.getMessage(),
            connection.region());
  }

  private static String answered(
      String call, GenesysPermission needed, GenesysApiException answer) {
    String said =
        "Genesys Cloud answered %d %s to %s: %s"
            .formatted(answer.httpStatus(), answer.code(), call, answer.getMessage());
    String correlation =
        answer.correlationId() == null ? "" : " (correlation id " + answer.correlationId() + ")";
    if (IP_NOT_AUTHORIZED.equals(answer.code())) {
      return said
          + correlation
          + " The OAuth client accepts calls from listed IP addresses only: add this service's"
          + " address to it in Genesys Cloud.";
    }
    if (answer.httpStatus() != 403) {
      return said + correlation;
    }
    return isDivisionRefusal(answer)
        ? said + correlation + " " + DIVISION_FIX
        : said + correlation + " " + missingPermission(needed, answer) + " " + TAKES_EFFECT;
  }

  /** The permission Genesys named, else the one the call is documented to need. */
  private static String missingPermission(GenesysPermission needed, GenesysApiException answer) {
    String named =
        answer.messageParams().values().stream()
            .filter(value -> value.contains(":"))
            .collect(Collectors.joining(", "));
    if (!named.isEmpty()) {
      return "Missing permission: " + named + ".";
    }
    return needed == null
        ? "Check the OAuth client's role."
        : "The call needs the permission " + needed.permission() + ".";
  }

  private static ApiResponse apiResponse(GenesysApiException answer, Instant now) {
    String params = answer.messageParams().isEmpty() ? null : JSONB.toJson(answer.messageParams());
    return new ApiResponse(
        answer.httpStatus(),
        answer.code(),
        answer.getMessage(),
        params,
        answer.body(),
        answer.correlationId(),
        now);
  }

  private static AttemptResult.Failed unavailable(String code, String message, Instant now) {
    return new AttemptResult.Failed(
        FailureReason.GENESYS_UNAVAILABLE,
        true,
        null,
        false,
        ApiResponse.local(code, message, now));
  }
}

package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.genesys.control.GenesysApiException.Endpoint;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/** The mapping table of genesys-cloud-api.md, section 7. */
class GenesysFailuresTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private static AttemptResult.Failed answer(
      Endpoint endpoint, int status, String code, String message) {
    return answer(endpoint, status, code, message, Map.of(), null);
  }

  private static AttemptResult.Failed answer(
      Endpoint endpoint,
      int status,
      String code,
      String message,
      Map<String, String> params,
      Duration retryAfter) {
    return GenesysFailures.of(
        new GenesysApiException(
            endpoint, status, code, message, params, "{}", "corr-1", retryAfter),
        NOW);
  }

  @Test
  void invalid_client_at_the_token_endpoint_is_bad_credentials_and_stops_routing() {
    var failed = answer(Endpoint.LOGIN, 400, "invalid_client", "authentication failed");

    assertThat(failed.reason()).isEqualTo(FailureReason.BAD_CREDENTIALS);
    assertThat(failed.isTransient()).isFalse();
    assertThat(failed.stopsRouting()).isTrue();
  }

  @Test
  void a_401_after_a_fresh_token_is_bad_credentials() {
    assertThat(answer(Endpoint.API, 401, "bad.credentials", "Invalid login credentials.").reason())
        .isEqualTo(FailureReason.BAD_CREDENTIALS);
  }

  @Test
  void a_missing_create_permission_stops_routing_and_another_one_does_not() {
    var create =
        answer(
            Endpoint.API,
            403,
            "missing.permissions",
            "You are missing the following permission(s): conversation:email:create",
            Map.of("permissions", "conversation:email:create"),
            null);
    var flows =
        answer(
            Endpoint.API,
            403,
            "missing.permissions",
            "You are missing the following permission(s): architect:flow:view");

    assertThat(create.reason()).isEqualTo(FailureReason.MISSING_PERMISSIONS);
    assertThat(create.stopsRouting()).isTrue();
    assertThat(flows.reason()).isEqualTo(FailureReason.MISSING_PERMISSIONS);
    assertThat(flows.stopsRouting()).isFalse();
    assertThat(answer(Endpoint.API, 403, "not.authorized", "Not authorized").reason())
        .isEqualTo(FailureReason.MISSING_PERMISSIONS);
  }

  @Test
  void stale_queues_skills_and_languages_are_invalid_routing_options() {
    assertThat(
            answer(
                    Endpoint.API,
                    400,
                    "email.error.invalid.queue",
                    "An invalid queue ID was specified.")
                .reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
    assertThat(answer(Endpoint.API, 400, "invalid.value", "Invalid value for skillIds").reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
    assertThat(answer(Endpoint.API, 400, "bad.request", "languageId is not valid").reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
    assertThat(answer(Endpoint.API, 404, "not.found", "Not found").reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
  }

  private static AttemptResult.Failed withDetails(
      int status, String code, ErrorBody.Detail... details) {
    return GenesysFailures.of(
        new GenesysApiException(
            Endpoint.API, status, code, "m", Map.of(), "{}", "corr-1", null, List.of(details)),
        NOW);
  }

  private static ErrorBody.Detail field(String fieldName) {
    return new ErrorBody.Detail("invalid.value", fieldName, "1b2c", null);
  }

  @Test
  void the_fields_named_in_the_details_decide_between_options_and_flow() {
    for (String fieldName : new String[] {"queueId", "skillIds[1]", "body.languageId"}) {
      assertThat(withDetails(400, "general.bad.request", field(fieldName)).reason())
          .as(fieldName)
          .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
    }
    assertThat(withDetails(400, "general.bad.request", field("flowId")).reason())
        .isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(withDetails(400, "bad.request", field("flowId")).reason())
        .as("the details over a generic code")
        .isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(withDetails(400, "general.bad.request", field("subject")).reason())
        .as("another field")
        .isEqualTo(FailureReason.REJECTED);
    assertThat(withDetails(400, "general.bad.request").reason())
        .as("no details")
        .isEqualTo(FailureReason.REJECTED);
  }

  @Test
  void a_deleted_flow_is_an_invalid_flow_and_a_501_is_permanent() {
    var deleted = answer(Endpoint.API, 410, "architect.flow.deleted", "The flow was deleted.");
    var notImplemented = answer(Endpoint.API, 501, "not.implemented", "Not implemented");

    assertThat(deleted.reason()).isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(deleted.isTransient()).isFalse();
    assertThat(notImplemented.reason()).isEqualTo(FailureReason.REJECTED);
    assertThat(notImplemented.isTransient()).isFalse();
  }

  @Test
  void a_404_without_a_genesys_error_is_genesys_unavailable_not_a_stale_option() {
    var mapper = new GenesysResponseMapper(Endpoint.API);
    var notGenesys = mapper.answer(404, "<html>Not Found</html>", new MultivaluedHashMap<>());
    var failed = GenesysFailures.of(notGenesys, NOW);

    assertThat(failed.reason()).isEqualTo(FailureReason.GENESYS_UNAVAILABLE);
    assertThat(failed.apiResponse().message()).contains("Check the base URL");
    var genesys =
        mapper.answer(
            404,
            "{\"message\": \"Not found\", \"code\": \"not.found\", \"status\": 404}",
            new MultivaluedHashMap<>());
    assertThat(GenesysFailures.of(genesys, NOW).reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
  }

  @Test
  void the_details_of_an_error_body_are_kept() {
    var answer =
        new GenesysResponseMapper(Endpoint.API)
            .answer(
                400,
                "{\"message\": \"Bad\", \"code\": \"general.bad.request\", \"status\": 400,"
                    + " \"details\": [{\"errorCode\": \"invalid.value\", \"fieldName\":"
                    + " \"queueId\", \"entityId\": \"q-1\"}]}",
                new MultivaluedHashMap<>());

    assertThat(answer.details())
        .containsExactly(new ErrorBody.Detail("invalid.value", "queueId", "q-1", null));
    assertThat(GenesysFailures.of(answer, NOW).reason())
        .isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
  }

  @Test
  void a_refusal_about_a_division_does_not_pause_routing_and_says_to_add_the_division() {
    var division =
        GenesysFailures.of(
            new GenesysApiException(
                Endpoint.API,
                403,
                "not.authorized",
                "You are not authorized to perform the requested action in division Europe for"
                    + " conversation:email:create",
                Map.of("permissions", "conversation:email:create"),
                "{}",
                "corr-1",
                null),
            NOW);

    assertThat(division.reason()).isEqualTo(FailureReason.MISSING_PERMISSIONS);
    assertThat(division.stopsRouting()).as("the other requests route").isFalse();
    assertThat(
            GenesysFailures.describe(
                null,
                "POST /api/v2/conversations/emails",
                GenesysPermission.CREATE_EMAIL,
                new GenesysApiException(
                    Endpoint.API,
                    403,
                    "not.authorized",
                    "division Europe",
                    Map.of(),
                    "{}",
                    null,
                    null)))
        .contains("add that division to the role", "five minutes");
  }

  @Test
  void an_address_the_oauth_client_does_not_allow_is_bad_credentials_and_pauses_routing() {
    var failed = answer(Endpoint.API, 403, "ip.not.authorized", "The IP address is not allowed");

    assertThat(failed.reason()).isEqualTo(FailureReason.BAD_CREDENTIALS);
    assertThat(failed.stopsRouting()).isTrue();
  }

  @Test
  void a_wrong_crm_flow_is_an_invalid_flow() {
    for (String code :
        new String[] {
          "bad.flow.id",
          "too.many.create.email.parameters",
          "postino.error.notnull.createconversationrequest.queueid"
        }) {
      assertThat(answer(Endpoint.API, 400, code, "m").reason())
          .as(code)
          .isEqualTo(FailureReason.INVALID_FLOW);
    }
  }

  @Test
  void rate_limits_and_outages_are_transient_and_keep_retry_after() {
    var limited =
        answer(
            Endpoint.API,
            429,
            "too.many.requests.retry.after",
            "Rate limit exceeded",
            Map.of(),
            Duration.ofSeconds(7));

    assertThat(limited.reason()).isEqualTo(FailureReason.RATE_LIMITED);
    assertThat(limited.isTransient()).isTrue();
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      var failed = answer(Endpoint.API, status, "service.unavailable", "m");
      assertThat(failed.reason()).as("" + status).isEqualTo(FailureReason.GENESYS_UNAVAILABLE);
      assertThat(failed.isTransient()).isTrue();
      assertThat(failed.stopsRouting()).isFalse();
    }
  }

  @Test
  void any_other_refusal_is_rejected_with_its_api_response() {
    var failed = answer(Endpoint.API, 413, "request.entity.too.large", "Too large");

    assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
    assertThat(failed.isTransient()).isFalse();
    assertThat(failed.apiResponse().httpStatus()).isEqualTo(413);
    assertThat(failed.apiResponse().code()).isEqualTo("request.entity.too.large");
    assertThat(failed.apiResponse().correlationId()).isEqualTo("corr-1");
    assertThat(answer(Endpoint.API, 400, "bad.request", "provider is reserved").reason())
        .isEqualTo(FailureReason.REJECTED);
  }

  @Test
  void network_failures_are_transient_and_an_open_circuit_is_no_attempt() {
    var refused =
        GenesysFailures.of(
            new GenesysUnreachableException.NotConnected("Connection refused", null), NOW);
    var open = GenesysFailures.of(new CircuitBreakerOpenException("open"), NOW);

    assertThat(refused)
        .isInstanceOfSatisfying(
            AttemptResult.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(FailureReason.GENESYS_UNAVAILABLE);
              assertThat(failed.isTransient()).isTrue();
              assertThat(failed.apiResponse().code()).isEqualTo("genesys.unreachable");
            });
    assertThat(open).isInstanceOf(AttemptResult.NotSent.class);
  }

  @Test
  void a_request_refused_by_the_open_circuit_waits_as_long_as_the_circuit_is_configured_open() {
    var open = new CircuitBreakerOpenException("open");

    assertThat(GenesysFailures.ofCreateEmail(open, NOW, Duration.ofSeconds(3)))
        .isEqualTo(
            new AttemptResult.NotSent(
                Duration.ofSeconds(3), "Genesys Cloud is failing: calls are paused for a while."));
    assertThat(GenesysFailures.ofCreateEmail(open, NOW))
        .isInstanceOfSatisfying(
            AttemptResult.NotSent.class,
            notSent -> assertThat(notSent.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void a_500_a_504_a_read_timeout_and_the_call_timeout_leave_the_outcome_unknown() {
    var failures =
        java.util.List.<RuntimeException>of(
            new GenesysApiException(
                Endpoint.API, 500, "internal.error", "m", null, "{}", "c", null),
            new GenesysApiException(Endpoint.API, 504, null, "m", null, "<html/>", "c", null),
            new GenesysUnreachableException("no answer in time", true, null),
            new org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException());

    assertThat(failures)
        .allSatisfy(
            failure ->
                assertThat(GenesysFailures.ofCreateEmail(failure, NOW))
                    .isInstanceOf(AttemptResult.Unknown.class));
  }

  @Test
  void a_refused_connection_and_a_503_are_surely_not_created_and_retried_as_failures() {
    assertThat(
            GenesysFailures.ofCreateEmail(
                new GenesysUnreachableException.NotConnected("refused", null), NOW))
        .isInstanceOfSatisfying(
            AttemptResult.Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.GENESYS_UNAVAILABLE));
    assertThat(
            GenesysFailures.ofCreateEmail(
                new GenesysApiException(Endpoint.API, 503, null, "m", null, "{}", "c", null), NOW))
        .isInstanceOf(AttemptResult.Failed.class);
  }

  @Test
  void a_call_not_made_is_no_attempt() {
    assertThat(
            GenesysFailures.ofCreateEmail(
                new CallNotMadeException("held", Duration.ofSeconds(45)), NOW))
        .isEqualTo(new AttemptResult.NotSent(Duration.ofSeconds(45), "held"));
  }

  @Test
  void an_unexpected_failure_is_recorded_as_rejected_instead_of_escaping() {
    assertThat(GenesysFailures.ofCreateEmail(new IllegalArgumentException("odd answer"), NOW))
        .isInstanceOfSatisfying(
            AttemptResult.Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
              assertThat(failed.isTransient()).isFalse();
              assertThat(failed.apiResponse().message()).contains("odd answer");
            });
  }

  @Test
  void retry_after_is_kept_between_zero_and_an_hour_and_read_as_an_http_date_too() {
    assertThat(GenesysResponseMapper.retryAfter("45")).contains(Duration.ofSeconds(45));
    assertThat(GenesysResponseMapper.retryAfter("-5")).contains(Duration.ZERO);
    assertThat(GenesysResponseMapper.retryAfter("999999999999999999"))
        .contains(Duration.ofHours(1));
    assertThat(GenesysResponseMapper.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
        .contains(Duration.ZERO);
    assertThat(GenesysResponseMapper.retryAfter("soon")).isEmpty();
  }
}

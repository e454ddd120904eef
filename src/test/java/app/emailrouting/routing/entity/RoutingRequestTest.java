package app.emailrouting.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123456789Z");
  private static final EmailDetails EMAIL =
      new EmailDetails(null, "Subject", "a@example.com", "A", "b@example.com", "pop", Map.of());

  private static RoutingRequest receive(String queueId, String flowId) {
    return RoutingRequest.receive(
        "ext-1", new RoutingOptions(queueId, flowId, List.of("s1"), "fr", 4), EMAIL, NOW);
  }

  @Test
  void a_request_with_a_queue_waits_for_its_first_attempt_now() {
    RoutingRequest request = receive("queue", null);

    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.failureReason()).isNull();
    assertThat(request.failedAttempts()).isZero();
    assertThat(request.nextAttemptAt()).isEqualTo(request.createdAt());
    assertThat(request.attempts()).isEmpty();
    assertThat(request.apiResponse()).isNull();
  }

  @Test
  void a_request_with_a_flow_and_no_queue_is_valid_too() {
    assertThat(receive(null, "flow").status()).isEqualTo(RoutingStatus.PENDING);
  }

  @Test
  void times_are_kept_to_the_microsecond_both_databases_store() {
    assertThat(receive("queue", null).createdAt())
        .isEqualTo(Instant.parse("2026-11-27T10:15:30.123456Z"));
  }

  @Test
  void a_request_without_queue_or_flow_fails_as_invalid_flow_without_a_call() {
    RoutingRequest request = receive(null, null);

    assertThat(request.status()).isEqualTo(RoutingStatus.FAILED);
    assertThat(request.isFailed()).isTrue();
    assertThat(request.failureReason()).isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(request.failedAttempts()).isEqualTo(1);
    assertThat(request.nextAttemptAt()).isNull();
    assertThat(request.apiResponse().code()).isEqualTo("queue.or.flow.required");
    assertThat(request.apiResponse().httpStatus()).isNull();
    assertThat(request.apiResponse().message()).contains("neither queueId nor flowId");
    assertThat(request.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.number()).isEqualTo(1);
              assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.FAILED);
              assertThat(attempt.failureReason()).isEqualTo(FailureReason.INVALID_FLOW);
              assertThat(attempt.apiResponse()).isSameAs(request.apiResponse());
            });
  }

  @Test
  void a_request_with_both_queue_and_flow_fails_as_invalid_flow() {
    RoutingRequest request = receive("queue", "flow");

    assertThat(request.failureReason()).isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(request.apiResponse().code()).isEqualTo("queue.and.flow.both.given");
    assertThat(request.options().queueId()).isEqualTo("queue");
    assertThat(request.options().flowId()).isEqualTo("flow");
  }

  @Test
  void every_field_the_crm_sent_is_kept() {
    RoutingRequest request = receive("queue", null);

    assertThat(request.externalId()).isEqualTo("ext-1");
    assertThat(request.options())
        .isEqualTo(new RoutingOptions("queue", null, List.of("s1"), "fr", 4));
    assertThat(request.email()).isEqualTo(EMAIL);
    assertThat(request.email().provider()).isEqualTo("Salesforce");
  }

  @Test
  void an_api_response_body_is_cut_at_64_kib() {
    var response = new ApiResponse(400, "bad.request", "m", null, "x".repeat(70_000), "c", NOW);

    assertThat(response.body()).hasSize(ApiResponse.MAX_BODY);
  }
}

package app.emailrouting.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a routing request records its attempts, under a retry policy of three attempts. */
class RoutingAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final RetryPolicy RETRIES =
      new RetryPolicy(
          3, Duration.ofSeconds(5), 3, Duration.ofMinutes(15), 0, Duration.ofMinutes(2));

  private static RoutingRequest claimed() {
    var request =
        RoutingRequest.receive(
            "ext",
            new RoutingOptions("q", null, List.of(), null, null),
            new EmailDetails(null, null, null, null, null, null, Map.of()),
            NOW);
    request.claim("lease-1", NOW.plusSeconds(120), NOW);
    return request;
  }

  private static AttemptResult.Failed unavailable(Duration retryAfter) {
    return new AttemptResult.Failed(
        FailureReason.GENESYS_UNAVAILABLE,
        true,
        retryAfter,
        false,
        new ApiResponse(503, "service.unavailable", "m", null, "{}", "c", NOW));
  }

  @Test
  void a_claimed_request_is_routing_under_its_lease() {
    var request = claimed();

    assertThat(request.status()).isEqualTo(RoutingStatus.ROUTING);
    assertThat(request.isLeasedBy("lease-1")).isTrue();
    assertThat(request.isLeasedBy("lease-2")).isFalse();
  }

  @Test
  void a_routed_attempt_sets_the_conversation_and_leaves_no_failure() {
    var request = claimed();
    var response = new ApiResponse(200, null, "Created", null, "{}", "corr", NOW);

    request.record(
        new AttemptResult.Routed("conv-1", response), NOW, Duration.ofMillis(40), RETRIES, NOW);

    assertThat(request.status()).isEqualTo(RoutingStatus.ROUTED);
    assertThat(request.conversationId()).isEqualTo("conv-1");
    assertThat(request.failedAttempts()).isZero();
    assertThat(request.routedAt()).isEqualTo(NOW);
    assertThat(request.attempts())
        .singleElement()
        .satisfies(attempt -> assertThat(attempt.durationMillis()).isEqualTo(40));
    assertThat(request.isLeasedBy("lease-1")).isFalse();
  }

  @Test
  void transient_failures_back_off_then_fail_after_the_last_attempt() {
    var request = claimed();

    request.record(unavailable(null), NOW, Duration.ZERO, RETRIES, NOW);
    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.failureReason()).isNull();
    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));

    request.claim("lease-2", NOW.plusSeconds(120), NOW);
    request.record(unavailable(null), NOW, Duration.ZERO, RETRIES, NOW);
    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));

    request.claim("lease-3", NOW.plusSeconds(120), NOW);
    request.record(unavailable(null), NOW, Duration.ZERO, RETRIES, NOW);
    assertThat(request.status()).isEqualTo(RoutingStatus.FAILED);
    assertThat(request.failureReason()).isEqualTo(FailureReason.GENESYS_UNAVAILABLE);
    assertThat(request.failedAttempts()).isEqualTo(3);
    assertThat(request.attempts())
        .extracting(RoutingAttempt::outcome)
        .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.FAILED);
  }

  @Test
  void the_next_attempt_is_never_before_retry_after() {
    var request = claimed();

    request.record(unavailable(Duration.ofSeconds(42)), NOW, Duration.ZERO, RETRIES, NOW);

    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plusSeconds(42));
  }

  @Test
  void a_permanent_failure_fails_at_once() {
    var request = claimed();
    var failed =
        new AttemptResult.Failed(
            FailureReason.INVALID_ROUTING_OPTIONS,
            false,
            null,
            false,
            new ApiResponse(
                400,
                "email.error.invalid.queue",
                "An invalid queue ID was specified.",
                null,
                "{}",
                "c",
                NOW));

    request.record(failed, NOW, Duration.ZERO, RETRIES, NOW);

    assertThat(request.status()).isEqualTo(RoutingStatus.FAILED);
    assertThat(request.failureReason()).isEqualTo(FailureReason.INVALID_ROUTING_OPTIONS);
    assertThat(request.failedAttempts()).isEqualTo(1);
    assertThat(request.apiResponse().code()).isEqualTo("email.error.invalid.queue");
  }

  @Test
  void a_call_not_sent_is_no_failed_attempt() {
    var request = claimed();

    request.record(
        new AttemptResult.NotSent(Duration.ofSeconds(30), "circuit open"),
        NOW,
        Duration.ZERO,
        RETRIES,
        NOW);

    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.failedAttempts()).isZero();
    assertThat(request.attempts()).isEmpty();
    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void jitter_spreads_retries_within_its_bounds() {
    var policy =
        new RetryPolicy(
            3, Duration.ofSeconds(10), 2, Duration.ofMinutes(5), 0.2, Duration.ofMinutes(2));

    for (int i = 0; i < 100; i++) {
      assertThat(policy.nextAttempt(2, NOW, null))
          .isBetween(NOW.plusSeconds(16), NOW.plusSeconds(24));
    }
  }

  @Test
  void an_unknown_outcome_counts_an_attempt_and_waits_the_longer_delay_before_sending_again() {
    var request = claimed();
    var timeout = ApiResponse.local("genesys.no.answer", "no answer", NOW);

    request.record(new AttemptResult.Unknown(timeout), NOW, Duration.ofSeconds(10), RETRIES, NOW);

    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.failedAttempts()).isEqualTo(1);
    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    assertThat(request.attempts())
        .singleElement()
        .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.UNKNOWN));
  }

  @Test
  void unknown_outcomes_never_go_past_the_attempt_limit() {
    var request = claimed();
    var timeout = ApiResponse.local("genesys.no.answer", "no answer", NOW);
    for (int lease = 1; lease <= 3; lease++) {
      request.claim("lease-" + lease, NOW.plusSeconds(120), NOW);
      request.record(new AttemptResult.Unknown(timeout), NOW, Duration.ZERO, RETRIES, NOW);
    }

    assertThat(request.status()).isEqualTo(RoutingStatus.FAILED);
    assertThat(request.failureReason()).isEqualTo(FailureReason.GENESYS_UNAVAILABLE);
    assertThat(request.attempts())
        .extracting(RoutingAttempt::outcome)
        .containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.UNKNOWN, AttemptOutcome.FAILED);
  }

  @Test
  void an_expired_lease_is_taken_back_as_an_unknown_attempt() {
    var request = claimed();

    request.leaseExpired(RETRIES, NOW.plusSeconds(121));

    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.isLeasedBy("lease-1")).isFalse();
    assertThat(request.failedAttempts()).isEqualTo(1);
    assertThat(request.apiResponse().code()).isEqualTo(RoutingRequest.LEASE_EXPIRED);
    assertThat(request.nextAttemptAt()).isEqualTo(NOW.plusSeconds(121).plus(Duration.ofMinutes(2)));
    assertThat(request.attempts())
        .singleElement()
        .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.UNKNOWN));
  }

  @Test
  void every_field_of_an_answer_is_cut_to_its_column() {
    String longText = "x".repeat(100_000);

    var response = new ApiResponse(200, longText, longText, longText, longText, longText, NOW);

    assertThat(response.code()).hasSize(255);
    assertThat(response.correlationId()).hasSize(255);
    assertThat(response.message()).hasSize(4000);
    assertThat(response.messageParams()).hasSize(4000);
    assertThat(response.body()).hasSize(ApiResponse.MAX_BODY);
  }

  @Test
  void a_success_after_the_lease_was_taken_back_is_kept_until_the_request_is_sent_again() {
    var request = claimed();
    request.leaseExpired(RETRIES, NOW.plusSeconds(121));
    assertThat(request.awaitsLateResult()).isTrue();

    request.claim("lease-2", NOW.plusSeconds(400), NOW.plusSeconds(280));
    assertThat(request.awaitsLateResult()).as("sent again: a late result is too late").isFalse();

    var late = claimed();
    late.leaseExpired(RETRIES, NOW.plusSeconds(121));
    late.record(
        new AttemptResult.Routed(
            "conv-late", new ApiResponse(200, null, "Created", null, "{}", "c", NOW)),
        NOW,
        Duration.ofSeconds(130),
        RETRIES,
        NOW.plusSeconds(130));
    assertThat(late.status()).isEqualTo(RoutingStatus.ROUTED);
    assertThat(late.awaitsLateResult()).isFalse();
  }
}

package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRequestEditTest {

  private static final RoutingOptions CURRENT =
      new RoutingOptions("old-queue", null, List.of("s1"), "fr", 2);

  @Test
  void the_options_it_names_are_corrected_and_a_named_option_without_value_is_removed() {
    var edit =
        new RoutingRequestEdit(
            Set.of(RoutingRequestEdit.Option.QUEUE, RoutingRequestEdit.Option.LANGUAGE),
            " new-queue ",
            "ignored",
            List.of(),
            null,
            7,
            null);

    assertThat(edit.applyTo(CURRENT))
        .isEqualTo(new RoutingOptions("new-queue", null, List.of("s1"), null, 2));
    assertThat(edit.reroute()).isFalse();
  }

  @Test
  void failed_attempts_zero_is_a_reroute_and_nothing_else_is() {
    var zero = RoutingRequestEdit.of(CURRENT, 0);
    var one = RoutingRequestEdit.of(CURRENT, 1);

    assertThat(zero.reroute()).isTrue();
    assertThat(zero.setsFailedAttemptsToZero()).isTrue();
    assertThat(one.setsFailedAttemptsToZero()).isFalse();
    assertThat(RoutingRequestEdit.of(CURRENT, null).reroute()).isFalse();
    assertThat(zero.applyTo(new RoutingOptions(null, null, null, null, null))).isEqualTo(CURRENT);
  }

  @Test
  void a_reroute_makes_a_failed_request_due_at_once_with_its_history_kept() {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    var request =
        RoutingRequest.receive(
            "ext",
            new RoutingOptions(null, null, List.of(), null, null),
            new EmailDetails(null, null, null, null, null, null, Map.of()),
            now);

    request.correct(new RoutingOptions("queue", null, List.of(), null, null), now);
    request.reroute(now.plusSeconds(60));

    assertThat(request.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(request.failedAttempts()).isZero();
    assertThat(request.failureReason()).isNull();
    assertThat(request.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
    assertThat(request.attempts()).hasSize(1);
  }

  @Test
  void a_reroute_without_queue_or_flow_fails_again_at_once() {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    var request =
        RoutingRequest.receive(
            "ext",
            new RoutingOptions(null, null, List.of(), null, null),
            new EmailDetails(null, null, null, null, null, null, Map.of()),
            now);

    request.reroute(now);

    assertThat(request.status()).isEqualTo(RoutingStatus.FAILED);
    assertThat(request.failureReason()).isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(request.failedAttempts()).isEqualTo(1);
  }
}

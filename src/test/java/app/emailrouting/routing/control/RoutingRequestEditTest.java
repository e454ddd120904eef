package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingRequestEditTest {

  private static final RoutingOptions CURRENT =
      new RoutingOptions("old-queue", null, List.of("s1"), "fr", 2);

  private static RoutingRequestEdit edit(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject patch = reader.readObject();
      return RoutingRequestEdit.of(patch);
    }
  }

  @Test
  void a_merge_patch_changes_what_it_names_and_null_removes() {
    var corrected =
        edit("{\"queueId\": \"new-queue\", \"languageId\": null, \"skillIds\": [\"s2\", \"s3\"]}")
            .applyTo(CURRENT);

    assertThat(corrected)
        .isEqualTo(new RoutingOptions("new-queue", null, List.of("s2", "s3"), null, 2));
  }

  @Test
  void failed_attempts_zero_is_a_reroute_and_nothing_else_is() {
    assertThat(edit("{\"failedAttempts\": 0}").reroute()).isTrue();
    assertThat(edit("{\"failedAttempts\": 0}").setsFailedAttemptsToZero()).isTrue();
    assertThat(edit("{\"failedAttempts\": 1}").setsFailedAttemptsToZero()).isFalse();
    assertThat(edit("{\"queueId\": \"q\"}").reroute()).isFalse();
    assertThat(edit("{\"failedAttempts\": 0}").correctsOptions()).isFalse();
  }

  @Test
  void members_that_cannot_be_edited_or_values_of_the_wrong_kind_are_named() {
    assertThatThrownBy(() -> edit("{\"subject\": \"x\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    assertThatThrownBy(() -> edit("{\"priority\": -1}").applyTo(CURRENT))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("priority"));
    assertThatThrownBy(() -> edit("{\"skillIds\": [\"\"]}").applyTo(CURRENT))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("skillIds"));
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

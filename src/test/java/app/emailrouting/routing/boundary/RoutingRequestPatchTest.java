package app.emailrouting.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.entity.RoutingOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRequestPatchTest {

  private static final RoutingOptions CURRENT =
      new RoutingOptions("old-queue", null, List.of("s1"), "fr", 2);

  @Test
  void a_merge_patch_changes_what_it_names_and_null_removes() {
    var edit =
        RoutingRequestPatch.read(
            "{\"queueId\": \"new-queue\", \"languageId\": null, \"skillIds\": [\"s2\", \"s3\"]}");

    assertThat(edit.applyTo(CURRENT))
        .isEqualTo(new RoutingOptions("new-queue", null, List.of("s2", "s3"), null, 2));
    assertThat(edit.reroute()).isFalse();
  }

  @Test
  void failed_attempts_is_read_as_it_is_sent() {
    assertThat(RoutingRequestPatch.read("{\"failedAttempts\": 0}").setsFailedAttemptsToZero())
        .isTrue();
    assertThat(RoutingRequestPatch.read("{\"failedAttempts\": 0}").correctsOptions()).isFalse();
    assertThat(RoutingRequestPatch.read("{\"failedAttempts\": 2}").failedAttempts()).isEqualTo(2);
  }

  @Test
  void members_that_cannot_be_edited_or_values_of_the_wrong_kind_are_named() {
    assertField("{\"subject\": \"x\"}", "subject");
    assertField("{\"priority\": \"high\"}", "priority");
    assertField("{\"priority\": 1.5}", "priority");
    assertField("{\"skillIds\": [1]}", "skillIds");
    assertField("{\"queueId\": 7}", "queueId");
    assertField("{\"failedAttempts\": null}", "failedAttempts");
    assertField("[]", "body");
    assertField("not json", "body");
  }

  private static void assertField(String patch, String field) {
    assertThatThrownBy(() -> RoutingRequestPatch.read(patch))
        .as(patch)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}

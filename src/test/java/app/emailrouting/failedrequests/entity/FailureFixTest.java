package app.emailrouting.failedrequests.entity;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FailureFixTest {

  @ParameterizedTest
  @EnumSource(FailureReason.class)
  void every_failure_reason_has_a_cause_and_a_fix(FailureReason reason) {
    var fix = FailureFix.of(reason);

    assertThat(fix.cause()).isNotBlank();
    assertThat(fix.fix()).isNotBlank();
  }

  @Test
  void the_seed_causes_say_what_to_do_before_rerouting() {
    assertThat(FailureFix.of(FailureReason.INVALID_ROUTING_OPTIONS).fix())
        .contains("Retrieve Options")
        .contains("reroute");
    assertThat(FailureFix.of(FailureReason.BAD_CREDENTIALS).fix()).contains("test it");
    assertThat(FailureFix.of(FailureReason.MISSING_PERMISSIONS).fix()).contains("role");
    assertThat(FailureFix.of(FailureReason.INVALID_FLOW).fix()).contains("CRM flow");
  }
}

package app.emailrouting.failedrequests.entity;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.FailureReason;
import java.util.Locale;
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
    assertThat(fix.cause(Locale.FRENCH)).isNotBlank().isNotEqualTo(fix.cause());
    assertThat(fix.fix(Locale.FRENCH)).isNotBlank().isNotEqualTo(fix.fix());
  }

  @Test
  void the_api_reads_english_whatever_the_machine_s_locale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    try {
      assertThat(FailureFix.of(FailureReason.REJECTED).fix()).startsWith("Read the API response");
    } finally {
      Locale.setDefault(before);
    }
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

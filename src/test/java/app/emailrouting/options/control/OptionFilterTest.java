package app.emailrouting.options.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.problems.control.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionFilterTest {

  private static final List<RoutingOption> OPTIONS =
      List.of(
          RoutingOption.queue("q1", "Support"),
          RoutingOption.queue("q2", "VIP Support"),
          RoutingOption.queue("q3", "Billing"),
          RoutingOption.withState(OptionType.SKILL, "s1", "Support Tier 2", "active"),
          RoutingOption.flow("f1", "Inbound Email Triage", true, false, true));

  private static List<String> ids(OptionFilter filter) {
    return OPTIONS.stream().filter(filter).map(RoutingOption::genesysId).toList();
  }

  @Test
  void without_parameters_every_option_matches() {
    assertThat(ids(OptionFilter.of(null, null))).containsExactly("q1", "q2", "q3", "s1", "f1");
    assertThat(ids(OptionFilter.of(" ", ""))).hasSize(5);
  }

  @Test
  void type_keeps_one_kind_in_any_case() {
    assertThat(ids(OptionFilter.of("QUEUE", null))).containsExactly("q1", "q2", "q3");
    assertThat(ids(OptionFilter.of("inbound_email_flow", null))).containsExactly("f1");
  }

  @Test
  void name_matches_text_it_contains_ignoring_case() {
    assertThat(ids(OptionFilter.of(null, "sup"))).containsExactly("q1", "q2", "s1");
    assertThat(ids(OptionFilter.of("QUEUE", "SUP"))).containsExactly("q1", "q2");
    assertThat(ids(OptionFilter.of(null, "nothing like it"))).isEmpty();
  }

  @Test
  void an_unknown_type_is_invalid_input_naming_the_field() {
    assertThatThrownBy(() -> OptionFilter.of("QUEUES", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, invalid -> assertThat(invalid.field()).isEqualTo("type"))
        .hasMessageContaining("QUEUE, SKILL, LANGUAGE or INBOUND_EMAIL_FLOW");
  }
}

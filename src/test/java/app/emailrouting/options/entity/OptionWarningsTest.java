package app.emailrouting.options.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OptionWarningsTest {

  private static List<RoutingOption> queues(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> RoutingOption.queue("q" + i, "Queue " + i))
        .toList();
  }

  private static List<RoutingOption> skills(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> RoutingOption.withState(OptionType.SKILL, "s" + i, "Skill " + i, "active"))
        .toList();
  }

  @Test
  void lists_within_the_picklist_limits_give_no_warning() {
    var options = new ArrayList<RoutingOption>(queues(1_000));
    options.addAll(skills(500));

    assertThat(OptionWarnings.of(options)).isEmpty();
  }

  @Test
  void more_than_1000_queues_is_over_the_picklist_limit() {
    var warnings = OptionWarnings.of(queues(1_001));

    assertThat(warnings)
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.code()).isEqualTo(OptionWarning.OVER_PICKLIST_LIMIT);
              assertThat(warning.type()).isEqualTo(OptionType.QUEUE);
              assertThat(warning.count()).isEqualTo(1_001);
              assertThat(warning.message()).contains("1,001 queues", "1,000");
            });
  }

  @Test
  void more_than_500_skills_is_over_the_picklist_limit() {
    assertThat(OptionWarnings.of(skills(501)))
        .extracting(OptionWarning::code, OptionWarning::type)
        .containsExactly(tuple(OptionWarning.OVER_PICKLIST_LIMIT, OptionType.SKILL));
  }

  @Test
  void more_than_1000_languages_is_over_the_picklist_limit_and_flows_have_none() {
    var options = new ArrayList<RoutingOption>();
    IntStream.range(0, 1_001)
        .forEach(
            i -> options.add(RoutingOption.withState(OptionType.LANGUAGE, "l" + i, "L" + i, null)));
    IntStream.range(0, 2_000)
        .forEach(i -> options.add(RoutingOption.flow("f" + i, "Flow " + i, true, false, true)));

    assertThat(OptionWarnings.of(options))
        .extracting(OptionWarning::type)
        .containsExactly(OptionType.LANGUAGE);
  }

  @Test
  void inactive_and_deleted_entries_are_counted_per_type() {
    var options =
        List.of(
            RoutingOption.withState(OptionType.SKILL, "s1", "Refunds", "inactive"),
            RoutingOption.withState(OptionType.SKILL, "s2", "Escalations", "inactive"),
            RoutingOption.withState(OptionType.LANGUAGE, "l1", "Dutch", "deleted"),
            RoutingOption.flow("f1", "Old flow", false, false, true),
            RoutingOption.flow("f2", "Gone flow", false, true, true));

    var warnings = OptionWarnings.of(options);

    assertThat(warnings)
        .extracting(OptionWarning::code, OptionWarning::type, OptionWarning::count)
        .containsExactly(
            tuple(OptionWarning.INACTIVE_OPTIONS, OptionType.SKILL, 2L),
            tuple(OptionWarning.DELETED_OPTIONS, OptionType.LANGUAGE, 1L),
            tuple(OptionWarning.INACTIVE_OPTIONS, OptionType.INBOUND_EMAIL_FLOW, 1L),
            tuple(OptionWarning.DELETED_OPTIONS, OptionType.INBOUND_EMAIL_FLOW, 1L));
    assertThat(warnings.get(0).message())
        .isEqualTo(
            "2 of the skills are inactive: a routing request naming one fails in Genesys Cloud.");
  }

  @Test
  void a_flow_never_published_is_not_usable_and_warned_about() {
    var unpublished = RoutingOption.flow("f3", "Draft flow", true, false, false);
    var deleted = RoutingOption.flow("f4", "Deleted draft", false, true, false);

    assertThat(unpublished.active()).as("not offered as usable").isFalse();
    assertThat(unpublished.isInactive()).as("its own warning").isFalse();
    assertThat(deleted.isUnpublished()).as("deleted says more").isFalse();
    var warnings = OptionWarnings.of(List.of(unpublished, deleted));
    assertThat(warnings)
        .extracting(OptionWarning::code, OptionWarning::count)
        .containsExactly(
            tuple(OptionWarning.DELETED_OPTIONS, 1L), tuple(OptionWarning.UNPUBLISHED_FLOWS, 1L));
    assertThat(warnings.get(1).message())
        .isEqualTo(
            "1 of the inbound email flows is not published (publish it in Architect): a routing"
                + " request naming one fails in Genesys Cloud.");
  }
}

package app.emailrouting.options.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.options.entity.SeenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsSnapshotTest {

  private static final Instant THEN = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static SeenOption gone(OptionType type, String id, String name) {
    return new SeenOption(type, id, name, THEN, THEN, NOW);
  }

  private static StaleOptions.Ids queue(String id) {
    return new StaleOptions.Ids(id, null, List.of(), null);
  }

  @Test
  void a_queue_gone_with_one_usable_queue_of_its_name_now_is_suggested() {
    var snapshot =
        new OptionsSnapshot(
            List.of(),
            List.of(gone(OptionType.QUEUE, "old", "Support")),
            List.of(RoutingOption.queue("new", " support ")));

    assertThat(snapshot.suggestions(queue("old")))
        .containsExactly(new OptionsSnapshot.Suggestion("queueId", "old", "Support", "new"));
  }

  @Test
  void no_suggestion_for_a_usable_id_an_ambiguous_name_another_type_or_an_unknown_name() {
    var twoSupports =
        new OptionsSnapshot(
            List.of(),
            List.of(gone(OptionType.QUEUE, "old", "Support")),
            List.of(RoutingOption.queue("a", "Support"), RoutingOption.queue("b", "Support")));
    assertThat(twoSupports.suggestions(queue("old"))).as("ambiguous").isEmpty();

    var skillOfThatName =
        new OptionsSnapshot(
            List.of(),
            List.of(gone(OptionType.QUEUE, "old", "Support")),
            List.of(RoutingOption.withState(OptionType.SKILL, "s", "Support", "active")));
    assertThat(skillOfThatName.suggestions(queue("old"))).as("another type").isEmpty();

    var usable =
        new OptionsSnapshot(
            List.of(RoutingOption.queue("old", "Support")),
            List.of(),
            List.of(RoutingOption.queue("old", "Support"), RoutingOption.queue("x", "Support")));
    assertThat(usable.suggestions(queue("old"))).as("still usable").isEmpty();

    var neverSeen = new OptionsSnapshot(List.of(), List.of(), List.of());
    assertThat(neverSeen.suggestions(queue("old"))).as("no name known").isEmpty();
  }

  @Test
  void a_skill_listed_as_deleted_is_replaced_by_the_active_one_of_its_name() {
    var deleted = RoutingOption.withState(OptionType.SKILL, "s1", "Refunds", "deleted");
    var snapshot =
        new OptionsSnapshot(
            List.of(deleted),
            List.of(),
            List.of(RoutingOption.withState(OptionType.SKILL, "s2", "Refunds", "active")));
    var ids = new StaleOptions.Ids("q", null, List.of("s1", "kept"), null);

    assertThat(snapshot.suggestions(ids))
        .containsExactly(new OptionsSnapshot.Suggestion("skillIds", "s1", "Refunds", "s2"));
  }

  @Test
  void a_flow_never_published_is_not_usable() {
    var unpublished = RoutingOption.flow("f", "Inbound", true, false, false);
    var snapshot = new OptionsSnapshot(List.of(unpublished), List.of(), List.of());

    assertThat(snapshot.usable(new OptionsSnapshot.FieldId(OptionsSnapshot.Field.FLOW, "f")))
        .isFalse();
  }
}

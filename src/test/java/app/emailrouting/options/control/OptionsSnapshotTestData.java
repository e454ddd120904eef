package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.options.entity.SeenOption;
import java.time.Instant;
import java.util.List;

/**
 * Options for tests outside this package: queue support (and old-support, gone, of the same name),
 * skill refunds, language english, flow unpublished never published.
 */
public final class OptionsSnapshotTestData {

  public OptionsSnapshot snapshot() {
    Instant then = Instant.parse("2026-11-01T00:00:00Z");
    var support = RoutingOption.queue("support", "Support");
    var current =
        List.of(
            support,
            RoutingOption.withState(OptionType.SKILL, "refunds", "Refunds", "active"),
            RoutingOption.withState(OptionType.LANGUAGE, "english", "English", "active"),
            RoutingOption.flow("unpublished", "Inbound", true, false, false));
    return new OptionsSnapshot(
        current,
        List.of(new SeenOption(OptionType.QUEUE, "old-support", "Support", then, then, then)),
        List.of(support));
  }
}

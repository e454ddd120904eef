package app.emailrouting.routing.control;

import app.emailrouting.options.control.OptionsSnapshot;
import app.emailrouting.routing.entity.RoutingOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Remap suggestions applied to a request's routing options. */
final class Suggestions {

  private Suggestions() {}

  /** The options with each suggested id replaced; a skill replaced twice is named once. */
  static RoutingOptions applyTo(
      RoutingOptions options, List<OptionsSnapshot.Suggestion> suggestions) {
    Map<String, Map<String, String>> byField =
        suggestions.stream()
            .collect(
                Collectors.groupingBy(
                    OptionsSnapshot.Suggestion::field,
                    Collectors.toMap(
                        OptionsSnapshot.Suggestion::id,
                        OptionsSnapshot.Suggestion::replacementId,
                        (one, other) -> one)));
    return new RoutingOptions(
        replaced(byField, "queueId", options.queueId()),
        replaced(byField, "flowId", options.flowId()),
        options.skillIds().stream()
            .map(id -> replaced(byField, "skillIds", id))
            .distinct()
            .toList(),
        replaced(byField, "languageId", options.languageId()),
        options.priority());
  }

  private static String replaced(
      Map<String, Map<String, String>> byField, String field, String id) {
    return id == null ? null : byField.getOrDefault(field, Map.of()).getOrDefault(id, id);
  }
}

package app.emailrouting.routing.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How Genesys Cloud routes one email: a queue or an inbound email flow, and optionally skills, a
 * language and a priority. The ids are those of the Genesys organization. Written to JSON with its
 * absent values as {@code null} (the audit log's before and after of an edit).
 */
@JsonbNillable
public record RoutingOptions(
    String queueId, String flowId, List<String> skillIds, String languageId, Integer priority) {

  /** The longest Genesys id stored (queue, flow, skill, language). */
  public static final int ID_LENGTH = 128;

  /** The most skills one request names. */
  public static final int MAX_SKILLS = 50;

  public RoutingOptions {
    skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
  }

  /** The names of the fields whose value differs in {@code other}. */
  public List<String> differencesFrom(RoutingOptions other) {
    var names = new ArrayList<String>();
    addIfDifferent(names, "queueId", queueId, other.queueId);
    addIfDifferent(names, "flowId", flowId, other.flowId);
    addIfDifferent(names, "skillIds", skillIds, other.skillIds);
    addIfDifferent(names, "languageId", languageId, other.languageId);
    addIfDifferent(names, "priority", priority, other.priority);
    return names;
  }

  private static void addIfDifferent(List<String> names, String name, Object one, Object other) {
    if (!Objects.equals(one, other)) {
      names.add(name);
    }
  }
}

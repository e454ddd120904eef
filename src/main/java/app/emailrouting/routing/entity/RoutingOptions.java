package app.emailrouting.routing.entity;

import java.util.List;

/**
 * How Genesys Cloud routes one email: a queue or an inbound email flow, and optionally skills, a
 * language and a priority. The ids are those of the Genesys organization.
 */
public record RoutingOptions(
    String queueId, String flowId, List<String> skillIds, String languageId, Integer priority) {

  public RoutingOptions {
    skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
  }
}

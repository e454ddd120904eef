package app.emailrouting.sandbox.entity;

import java.util.List;
import java.util.Map;

/** The body of Genesys Cloud's {@code CreateEmailRequest}, as the sandbox received it. */
public record EmailRequest(
    String queueId,
    String flowId,
    String provider,
    List<String> skillIds,
    String languageId,
    Integer priority,
    Map<String, String> attributes,
    String toAddress,
    String toName,
    String fromAddress,
    String fromName,
    String subject,
    String direction) {

  public EmailRequest {
    skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}

package app.emailrouting.genesys.control;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v2/conversations/emails}, named like the Genesys SDK model. Absent
 * members are {@code null} and left out of the JSON.
 */
public record CreateEmailRequest(
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

  public static final String INBOUND = "INBOUND";
}

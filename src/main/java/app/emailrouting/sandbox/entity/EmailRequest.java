package app.emailrouting.sandbox.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

  /** About how much memory this request holds: two bytes a character of its text. */
  public long approximateBytes() {
    long chars =
        Stream.of(queueId, flowId, provider, languageId, toAddress, toName)
                .mapToLong(EmailRequest::length)
                .sum()
            + Stream.of(fromAddress, fromName, subject, direction)
                .mapToLong(EmailRequest::length)
                .sum()
            + skillIds.stream().mapToLong(EmailRequest::length).sum()
            + attributes.entrySet().stream()
                .mapToLong(entry -> length(entry.getKey()) + length(entry.getValue()))
                .sum();
    return 2 * chars + 64;
  }

  private static long length(String text) {
    return text == null ? 0 : text.length();
  }
}

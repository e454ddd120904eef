package app.emailrouting.routing.entity;

import java.util.Map;

/**
 * What Genesys Cloud is told about the email that stays in the CRM: its source ({@code provider}),
 * metadata, the CRM record to screen-pop and custom participant attributes.
 */
public record EmailDetails(
    String provider,
    String subject,
    String fromAddress,
    String fromName,
    String toAddress,
    String toName,
    String screenPopId,
    Map<String, String> attributes) {

  public static final String DEFAULT_PROVIDER = "Salesforce";

  public EmailDetails {
    provider = provider == null ? DEFAULT_PROVIDER : provider;
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** Details without a recipient name. */
  public EmailDetails(
      String provider,
      String subject,
      String fromAddress,
      String fromName,
      String toAddress,
      String screenPopId,
      Map<String, String> attributes) {
    this(provider, subject, fromAddress, fromName, toAddress, null, screenPopId, attributes);
  }
}

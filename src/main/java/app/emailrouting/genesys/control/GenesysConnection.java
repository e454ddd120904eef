package app.emailrouting.genesys.control;

import java.net.URI;

/**
 * Where and as whom the gateway calls Genesys Cloud. The secret is never printed: {@link
 * #toString()} leaves it out.
 */
public record GenesysConnection(
    String region, URI apiBase, URI loginBase, String clientId, String clientSecret) {

  public boolean hasCredentials() {
    return clientId != null
        && !clientId.isBlank()
        && clientSecret != null
        && !clientSecret.isBlank();
  }

  @Override
  public String toString() {
    return "GenesysConnection[region="
        + region
        + ", api="
        + apiBase
        + ", login="
        + loginBase
        + ", clientId="
        + clientId
        + "]";
  }
}

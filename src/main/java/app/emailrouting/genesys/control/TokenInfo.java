package app.emailrouting.genesys.control;

import jakarta.json.bind.annotation.JsonbProperty;

/** The answer of {@code GET /api/v2/tokens/me}, named like the Genesys SDK model. */
public record TokenInfo(
    Organization organization, @JsonbProperty("OAuthClient") OAuthClient oauthClient) {

  /** The Genesys organization the token belongs to. */
  public record Organization(String id, String name) {}

  /** The OAuth client the token was granted to. */
  public record OAuthClient(String id, String name) {}
}

package app.emailrouting.genesys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a Genesys connection the way routing and Retrieve Options use it: a fresh token, {@code
 * GET /api/v2/tokens/me} for the organization and OAuth client, then the first entity of each
 * listing that needs a permission. Creating an email cannot be checked without creating one, so
 * that permission is reported as not checkable.
 */
@ApplicationScoped
public class ConnectionCheck {

  static final String TOKEN = "oauth:token";
  private static final String TOKEN_CALL = "POST /oauth/token";
  private static final String TOKEN_INFO_CALL = "GET /api/v2/tokens/me";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject AccessTokens tokens;
  @Inject GenesysCalls calls;

  public ConnectionReport run(GenesysConnection connection) {
    tokens.clear();
    String token;
    try {
      token = tokens.bearer(connection);
    } catch (RuntimeException refused) {
      return ConnectionReport.of(
          null, null, List.of(failed(connection, TOKEN, TOKEN_CALL, null, refused)));
    }
    List<ConnectionReport.Check> checks = new ArrayList<>();
    TokenInfo me = null;
    try {
      me =
          JSONB.fromJson(calls.read(connection, token, PlatformClient::tokenInfo), TokenInfo.class);
      checks.add(
          new ConnectionReport.Check(TOKEN, true, "A token was granted to the OAuth client."));
    } catch (RuntimeException failure) {
      checks.add(failed(connection, TOKEN, TOKEN_INFO_CALL, null, failure));
    }
    for (OptionListing listing : OptionListing.values()) {
      if (listing.permission() != null) {
        checks.add(probe(connection, token, listing));
      }
    }
    checks.add(
        new ConnectionReport.Check(
            GenesysPermission.CREATE_EMAIL.permission(),
            null,
            "Not checkable without creating an email. If it is missing, the first routing request"
                + " fails as MISSING_PERMISSIONS and routing pauses until it is added."));
    return ConnectionReport.of(
        me == null || me.organization() == null ? null : me.organization().name(),
        me == null || me.oauthClient() == null ? null : me.oauthClient().name(),
        checks);
  }

  /** The unreadable secret, as the token check: nothing could be called. */
  public ConnectionReport unusable(SecretUnreadableException unreadable) {
    return ConnectionReport.of(
        null, null, List.of(new ConnectionReport.Check(TOKEN, false, unreadable.getMessage())));
  }

  private ConnectionReport.Check probe(
      GenesysConnection connection, String token, OptionListing listing) {
    String permission = listing.permission().permission();
    try {
      calls.read(connection, token, (platform, bearer) -> listing.page(platform, bearer, 1, 1));
      return new ConnectionReport.Check(permission, true, "Allowed: " + listing.call() + ".");
    } catch (RuntimeException failure) {
      return failed(connection, permission, listing.call(), listing.permission(), failure);
    }
  }

  private static ConnectionReport.Check failed(
      GenesysConnection connection,
      String checked,
      String call,
      GenesysPermission needed,
      RuntimeException failure) {
    return new ConnectionReport.Check(
        checked, false, GenesysFailures.describe(connection, call, needed, failure));
  }
}

package app.emailrouting.genesys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests the Genesys connection the way routing will use it: a fresh token (bad credentials and a
 * wrong region explained as such), {@code GET /api/v2/tokens/me} for the organization and OAuth
 * client, then one read per permission the service needs. Creating an email cannot be tested
 * without creating one, so that permission is reported as not checkable.
 */
@ApplicationScoped
public class ConnectionTest {

  static final String CREATE = "conversation:email:create";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject GenesysConnections connections;
  @Inject AccessTokens tokens;
  @Inject GenesysCalls calls;

  public ConnectionReport run() {
    GenesysConnection connection;
    try {
      connection = connections.current();
    } catch (SecretUnreadableException unreadable) {
      return ConnectionReport.of(
          null,
          null,
          List.of(new ConnectionReport.Check("oauth:token", false, unreadable.getMessage())));
    }
    tokens.clear();
    String token;
    try {
      token = tokens.bearer(connection);
    } catch (GenesysApiException
        | ProcessingException
        | GenesysUnreachableException
        | CallNotMadeException refused) {
      return ConnectionReport.of(
          null,
          null,
          List.of(
              new ConnectionReport.Check("oauth:token", false, loginProblem(connection, refused))));
    }
    return checked(connection, token);
  }

  private ConnectionReport checked(GenesysConnection connection, String token) {
    List<ConnectionReport.Check> checks = new ArrayList<>();
    TokenInfo me = null;
    try {
      me =
          JSONB.fromJson(calls.read(connection, token, PlatformClient::tokenInfo), TokenInfo.class);
      checks.add(
          new ConnectionReport.Check(
              "oauth:token", true, "A token was granted to the OAuth client."));
    } catch (RuntimeException failure) {
      checks.add(new ConnectionReport.Check("oauth:token", false, problem(failure)));
    }
    checks.add(
        probe(
            connection,
            token,
            "routing:queue:view",
            "Queues can be listed.",
            (platform, bearer) -> platform.queues(bearer, 1, 1)));
    checks.add(
        probe(
            connection,
            token,
            "architect:flow:view",
            "Inbound email flows can be listed.",
            (platform, bearer) -> platform.flows(bearer, "inboundemail", 1, 1)));
    checks.add(
        probe(
            connection,
            token,
            "routing:skill:manage",
            "Skills can be listed.",
            (platform, bearer) -> platform.skills(bearer, 1, 1)));
    checks.add(
        probe(
            connection,
            token,
            "routing:language:view",
            "Languages can be listed.",
            (platform, bearer) -> platform.languages(bearer, 1, 1)));
    checks.add(
        new ConnectionReport.Check(
            CREATE,
            null,
            "Not checkable without creating an email. If it is missing, the first routing request"
                + " fails as MISSING_PERMISSIONS and routing pauses until it is added."));
    return ConnectionReport.of(
        me == null || me.organization() == null ? null : me.organization().name(),
        me == null || me.oauthClient() == null ? null : me.oauthClient().name(),
        checks);
  }

  private ConnectionReport.Check probe(
      GenesysConnection connection,
      String token,
      String permission,
      String fine,
      GenesysCalls.Read read) {
    try {
      calls.read(connection, token, read);
      return new ConnectionReport.Check(permission, true, fine);
    } catch (RuntimeException failure) {
      return new ConnectionReport.Check(permission, false, problem(failure));
    }
  }

  private static String problem(RuntimeException failure) {
    if (failure instanceof GenesysApiException answer) {
      String code = answer.code() == null ? "" : " " + answer.code();
      return "HTTP " + answer.httpStatus() + code + ": " + answer.getMessage();
    }
    if (failure instanceof ProcessingException processing) {
      return problem(GenesysUnreachableException.from(processing));
    }
    return failure.getMessage();
  }

  private static String loginProblem(GenesysConnection connection, RuntimeException failure) {
    String where = connection.loginBase().getHost();
    if (failure instanceof GenesysApiException answer && "invalid_client".equals(answer.code())) {
      return "The token endpoint "
          + where
          + " refused the client id and secret (invalid_client: "
          + answer.getMessage()
          + "). Check them, and check that the region ("
          + connection.region()
          + ") is the one of your Genesys organization: a wrong region is the most common cause.";
    }
    return "No token from " + where + ": " + problem(failure);
  }
}

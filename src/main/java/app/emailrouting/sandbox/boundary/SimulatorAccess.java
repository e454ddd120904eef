package app.emailrouting.sandbox.boundary;

import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.genesys.control.GenesysRegion;
import app.emailrouting.sandbox.control.ClientCredentials;
import app.emailrouting.sandbox.control.PlatformError;
import app.emailrouting.sandbox.control.PlatformErrors;
import app.emailrouting.sandbox.control.Sandbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the simulator: it is a try-out tool, never an open door. It answers only while the
 * Genesys connection's region is {@code sandbox} (or with {@code sandbox.always-open=true}, for
 * tests that point another region at it), and issues tokens only to the OAuth client that
 * connection calls it as: with a real region set, nobody gets a token from it.
 */
@ApplicationScoped
public class SimulatorAccess {

  @Inject Sandbox sandbox;
  @Inject GenesysConnections connections;

  @Inject
  @ConfigProperty(name = "sandbox.always-open", defaultValue = "false")
  boolean alwaysOpen;

  /** Why the simulator does not answer now, if it does not. */
  Optional<PlatformError> refusal() {
    if (!sandbox.isEnabled()) {
      return Optional.of(
          PlatformErrors.httpError(404, "not.found", "The sandbox is switched off."));
    }
    if (!alwaysOpen && !isConnectionRegion()) {
      return Optional.of(
          PlatformErrors.httpError(
              404,
              "not.found",
              "The sandbox answers only while the Genesys connection's region is sandbox."));
    }
    return Optional.empty();
  }

  /** The one OAuth client the simulator issues tokens to. */
  ClientCredentials knownClient() {
    var connection = connections.current();
    return new ClientCredentials(connection.clientId(), connection.clientSecret());
  }

  private boolean isConnectionRegion() {
    return GenesysRegion.SANDBOX.equals(connections.current().region());
  }
}

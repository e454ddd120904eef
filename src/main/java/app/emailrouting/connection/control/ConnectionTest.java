package app.emailrouting.connection.control;

import app.emailrouting.genesys.control.ConnectionCheck;
import app.emailrouting.genesys.control.ConnectionReport;
import app.emailrouting.genesys.control.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tests the connection in effect, for the REST API and the console alike: the stored settings as
 * this instance reads them (a secret it cannot decrypt is the first failed check), checked against
 * Genesys Cloud by {@link ConnectionCheck}.
 */
@ApplicationScoped
public class ConnectionTest {

  @Inject GenesysConnections connections;
  @Inject ConnectionCheck check;

  public ConnectionReport run() {
    try {
      return check.run(connections.current());
    } catch (SecretUnreadableException unreadable) {
      return check.unusable(unreadable);
    }
  }
}

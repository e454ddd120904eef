package app.emailrouting.connection.control;

import app.emailrouting.genesys.control.ConnectionCheck;
import app.emailrouting.genesys.control.ConnectionReport;
import app.emailrouting.genesys.control.ConnectionVerified;
import app.emailrouting.genesys.control.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tests the connection in effect, for the REST API and the console alike: the stored settings as
 * this instance reads them (a secret it cannot decrypt is the first failed check), checked against
 * Genesys Cloud by {@link ConnectionCheck}. A test that passes is announced: it may be the fix of
 * failed requests.
 */
@ApplicationScoped
public class ConnectionTest {

  @Inject GenesysConnections connections;
  @Inject ConnectionCheck check;

  @Inject Event<ConnectionVerified> verified;

  public ConnectionReport run() {
    ConnectionReport report;
    try {
      report = check.run(connections.current());
    } catch (SecretUnreadableException unreadable) {
      return check.unusable(unreadable);
    }
    if (report.ok()) {
      verified.fire(new ConnectionVerified());
    }
    return report;
  }
}

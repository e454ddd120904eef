package app.emailrouting.connection.control;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Applies an admin's change of the Genesys connection, the same way for the REST API and the
 * console: stored and audited (committed before anything else), the cached token dropped, then
 * {@link GenesysConnectionChanged} fired so that a paused routing pipeline tries again.
 */
@ApplicationScoped
public class ConnectionChanges {

  @Inject ConnectionSettingsStore store;
  @Inject AccessTokens tokens;
  @Inject Event<GenesysConnectionChanged> changed;

  /** The connection as now stored. */
  public GenesysConnectionSettings apply(ConnectionChange change) {
    var settings = store.change(change);
    tokens.clear();
    changed.fire(new GenesysConnectionChanged(change.region()));
    return settings;
  }
}

package app.emailrouting.genesys.control;

import app.emailrouting.genesys.entity.GenesysConnectionSettings;

/**
 * The Genesys connection as the audit log keeps it: never the secret, only whether it was kept,
 * changed or removed.
 */
public record ConnectionAudit(
    String region, String apiUrl, String loginUrl, String clientId, String clientSecret) {

  /** Before and after a change. */
  public record Change(ConnectionAudit before, ConnectionAudit after) {}

  /** The settings; {@code sentSecret} is the secret of the change (null: kept, empty: removed). */
  static ConnectionAudit of(GenesysConnectionSettings settings, String sentSecret) {
    return new ConnectionAudit(
        settings.region(),
        settings.apiUrl(),
        settings.loginUrl(),
        settings.clientId(),
        secretState(settings.hasSecret(), sentSecret));
  }

  private static String secretState(boolean set, String sentSecret) {
    if (sentSecret == null) {
      return set ? "set" : "not set";
    }
    return sentSecret.isEmpty() ? "removed" : "changed";
  }
}

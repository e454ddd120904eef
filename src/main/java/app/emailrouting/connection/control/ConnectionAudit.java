package app.emailrouting.connection.control;

import app.emailrouting.connection.entity.GenesysConnectionSettings;

/**
 * The Genesys connection as the audit log keeps it: never the secret, only whether it was kept,
 * changed or removed.
 */
public record ConnectionAudit(
    String region, String apiUrl, String loginUrl, String clientId, String clientSecret) {

  /** Before and after a change. */
  public record Change(ConnectionAudit before, ConnectionAudit after) {}

  /** The settings as they are. */
  static ConnectionAudit of(GenesysConnectionSettings settings) {
    return of(settings, settings.hasSecret() ? "set" : "not set");
  }

  /**
   * The settings after a change: {@code sentSecret} is the secret the change sent (null: none,
   * empty: remove it), {@code hadSecret} whether one was stored before.
   */
  static ConnectionAudit after(
      GenesysConnectionSettings settings, String sentSecret, boolean hadSecret) {
    return of(settings, secretState(settings.hasSecret(), sentSecret, hadSecret));
  }

  private static ConnectionAudit of(GenesysConnectionSettings settings, String secretState) {
    return new ConnectionAudit(
        settings.region(),
        settings.apiUrl(),
        settings.loginUrl(),
        settings.clientId(),
        secretState);
  }

  private static String secretState(boolean set, String sentSecret, boolean hadSecret) {
    if (sentSecret != null) {
      return sentSecret.isEmpty() ? "removed" : "changed";
    }
    if (hadSecret && !set) {
      return "removed: the connection moved, enter it again";
    }
    return set ? "set" : "not set";
  }
}

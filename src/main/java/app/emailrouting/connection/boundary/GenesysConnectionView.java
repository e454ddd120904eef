package app.emailrouting.connection.boundary;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.GenesysConnection;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The Genesys connection as the API shows it: never the secret, only whether one is set. */
@JsonbNillable
@JsonbPropertyOrder({
  "region",
  "apiUrl",
  "loginUrl",
  "clientId",
  "clientSecretSet",
  "effectiveApiUrl",
  "effectiveLoginUrl",
  "updatedAt",
  "version"
})
public record GenesysConnectionView(
    String region,
    String apiUrl,
    String loginUrl,
    String clientId,
    boolean clientSecretSet,
    String effectiveApiUrl,
    String effectiveLoginUrl,
    Instant updatedAt,
    long version) {

  static GenesysConnectionView of(GenesysConnectionSettings settings, GenesysConnection effective) {
    return new GenesysConnectionView(
        settings.region(),
        settings.apiUrl(),
        settings.loginUrl(),
        settings.clientId(),
        settings.hasSecret(),
        effective.apiBase().toString(),
        effective.loginBase().toString(),
        settings.updatedAt(),
        settings.version());
  }
}

package app.emailrouting.genesys.control;

import app.emailrouting.genesys.entity.GenesysConnectionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Genesys connection in effect: the stored settings turned into base URLs and credentials. The
 * sandbox is this service's own simulator under {@code /sandbox}, reached over real HTTP on the
 * loopback interface; without credentials it is called with the sandbox's own.
 */
@ApplicationScoped
public class GenesysConnections {

  static final String SANDBOX_CLIENT = "sandbox-client";
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(GenesysConnections.class.getName());

  @Inject ConnectionSettingsStore store;

  @Inject
  @ConfigProperty(name = "port", defaultValue = "8080")
  int port;

  /** The connection in effect now. */
  public GenesysConnection current() {
    GenesysConnectionSettings settings = store.current();
    String secret = readableSecret(settings);
    return isSandbox(settings) ? sandbox(settings, secret) : genesys(settings, secret);
  }

  /**
   * The stored secret in clear; none when it cannot be decrypted with this key (another
   * SECRET_KEY): the token request then fails as bad credentials, routing pauses, and the admin
   * sets the secret again, instead of every attempt failing unseen.
   */
  private String readableSecret(GenesysConnectionSettings settings) {
    try {
      return store.clientSecret(settings).orElse(null);
    } catch (IllegalStateException wrongKey) {
      LOG.warning(wrongKey.getMessage());
      return null;
    }
  }

  /**
   * The connection the stored settings describe, for display: the secret is not decrypted (a secret
   * stored under another key must not stop an admin from seeing or fixing the rest).
   */
  public GenesysConnection described(GenesysConnectionSettings settings) {
    String secret = settings.hasSecret() ? "(set)" : null;
    return isSandbox(settings) ? sandbox(settings, secret) : genesys(settings, secret);
  }

  private static boolean isSandbox(GenesysConnectionSettings settings) {
    return GenesysRegion.SANDBOX.equalsIgnoreCase(settings.region());
  }

  /** The base URL of the sandbox served by this very service. */
  URI sandboxBase() {
    return URI.create("http://127.0.0.1:" + port + "/sandbox");
  }

  private GenesysConnection sandbox(GenesysConnectionSettings settings, String secret) {
    boolean ownCredentials = settings.clientId() != null && secret != null;
    return new GenesysConnection(
        GenesysRegion.SANDBOX,
        settings.apiUrl() == null ? sandboxBase() : URI.create(settings.apiUrl()),
        settings.loginUrl() == null ? sandboxBase() : URI.create(settings.loginUrl()),
        ownCredentials ? settings.clientId() : SANDBOX_CLIENT,
        ownCredentials ? secret : SANDBOX_CLIENT);
  }

  private static GenesysConnection genesys(GenesysConnectionSettings settings, String secret) {
    var region =
        GenesysRegion.of(settings.region())
            .orElseThrow(
                () -> new IllegalStateException("Unknown Genesys region: " + settings.region()));
    return new GenesysConnection(
        region.regionName(),
        URI.create(settings.apiUrl() == null ? region.apiBase() : settings.apiUrl()),
        URI.create(settings.loginUrl() == null ? region.loginBase() : settings.loginUrl()),
        settings.clientId(),
        secret);
  }
}

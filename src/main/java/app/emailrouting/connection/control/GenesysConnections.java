package app.emailrouting.connection.control;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.ConnectionSource;
import app.emailrouting.genesys.control.GenesysConnection;
import app.emailrouting.genesys.control.GenesysRegion;
import app.emailrouting.genesys.control.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Genesys connection in effect: the stored settings turned into base URLs and credentials. The
 * sandbox is this service's own simulator under {@code /sandbox}, reached over real HTTP on the
 * loopback interface; without credentials it is called with the sandbox's own.
 */
@ApplicationScoped
public class GenesysConnections implements ConnectionSource {

  static final String SANDBOX_CLIENT = "sandbox-client";
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(GenesysConnections.class.getName());

  @Inject ConnectionSettingsStore store;

  /** The last secret decrypted, kept with what it was decrypted from: one decryption per change. */
  private volatile Decrypted lastDecrypted;

  private record Decrypted(String encrypted, String secret, SecretUnreadableException unreadable) {}

  @Inject
  @ConfigProperty(name = "port", defaultValue = "8080")
  int port;

  @Override
  public GenesysConnection current() {
    GenesysConnectionSettings settings = store.current();
    String secret = readableSecret(settings);
    return isSandbox(settings) ? sandbox(settings, secret) : genesys(settings, secret);
  }

  /**
   * Why this instance cannot call Genesys with the stored connection, if it cannot: a secret stored
   * under another SECRET_KEY. Routing on this instance waits; other instances go on.
   */
  public Optional<String> unusableBecause() {
    try {
      current();
      return Optional.empty();
    } catch (SecretUnreadableException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The stored secret in clear, if any. */
  private String readableSecret(GenesysConnectionSettings settings) {
    String encrypted = settings.encryptedSecret();
    Decrypted last = lastDecrypted;
    if (encrypted == null) {
      return null;
    }
    if (last == null || !last.encrypted().equals(encrypted)) {
      last = decrypt(settings, encrypted);
      lastDecrypted = last;
    }
    if (last.unreadable() != null) {
      throw last.unreadable();
    }
    return last.secret();
  }

  /** Decrypts a secret once; a failure is logged once and kept, not met again on every call. */
  private Decrypted decrypt(GenesysConnectionSettings settings, String encrypted) {
    try {
      return new Decrypted(encrypted, store.clientSecret(settings).orElse(null), null);
    } catch (IllegalStateException wrongKey) {
      var unreadable = new SecretUnreadableException(wrongKey);
      LOG.warning(unreadable.getMessage());
      return new Decrypted(encrypted, null, unreadable);
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

  /**
   * The connection to a listed region (its hosts unless overridden), or to one this service does
   * not list, by both URLs.
   */
  private static GenesysConnection genesys(GenesysConnectionSettings settings, String secret) {
    var region = GenesysRegion.of(settings.region());
    if (region.isEmpty() && (settings.apiUrl() == null || settings.loginUrl() == null)) {
      throw new IllegalStateException(
          "Unknown Genesys region without both URLs: " + settings.region());
    }
    return new GenesysConnection(
        region.map(GenesysRegion::regionName).orElse(settings.region()),
        URI.create(settings.apiUrl() != null ? settings.apiUrl() : region.orElseThrow().apiBase()),
        URI.create(
            settings.loginUrl() != null ? settings.loginUrl() : region.orElseThrow().loginBase()),
        settings.clientId(),
        secret);
  }
}

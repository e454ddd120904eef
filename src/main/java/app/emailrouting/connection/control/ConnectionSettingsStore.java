package app.emailrouting.connection.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.genesys.control.GenesysRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored Genesys connection. At first use it is created from the environment ({@code
 * GENESYS_REGION}, {@code GENESYS_API_URL}, {@code GENESYS_LOGIN_URL}, {@code GENESYS_CLIENT_ID},
 * {@code GENESYS_CLIENT_SECRET}); from then on the database holds it and admins change it.
 */
@ApplicationScoped
@Transactional
public class ConnectionSettingsStore {

  @PersistenceContext EntityManager em;
  @Inject SecretCipher cipher;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "genesys.region", defaultValue = GenesysRegion.SANDBOX)
  String region;

  @Inject
  @ConfigProperty(name = "genesys.api-url")
  Optional<String> apiUrl;

  @Inject
  @ConfigProperty(name = "genesys.login-url")
  Optional<String> loginUrl;

  @Inject
  @ConfigProperty(name = "genesys.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "genesys.client-secret")
  Optional<String> clientSecret;

  @Inject ConnectionSettingsStore self;

  private final Clock clock = Clock.systemUTC();

  public GenesysConnectionSettings current() {
    return Optional.ofNullable(
            em.find(GenesysConnectionSettings.class, GenesysConnectionSettings.ID))
        .orElseGet(this::seeded);
  }

  /** Changes the connection; the row is locked, so concurrent admins apply one after the other. */
  public GenesysConnectionSettings change(ConnectionChange change) {
    current();
    var settings =
        em.find(
            GenesysConnectionSettings.class,
            GenesysConnectionSettings.ID,
            LockModeType.PESSIMISTIC_WRITE);
    var before = ConnectionAudit.of(settings);
    boolean hadSecret = settings.hasSecret();
    settings.change(
        change.region(),
        change.apiUrl(),
        change.loginUrl(),
        change.clientId(),
        change.clientSecret() == null ? null : encrypted(change.clientSecret()),
        clock.instant());
    var after = ConnectionAudit.after(settings, change.clientSecret(), hadSecret);
    audit.record(
        AuditAction.GENESYS_CONNECTION_CHANGED,
        AuditTarget.setting(AuditTarget.GENESYS_CONNECTION),
        "Genesys connection changed: region "
            + after.region()
            + ", client secret "
            + after.clientSecret(),
        new ConnectionAudit.Change(before, after));
    return settings;
  }

  /** The client secret in clear, for the token request only. */
  public Optional<String> clientSecret(GenesysConnectionSettings settings) {
    return Optional.ofNullable(settings.encryptedSecret()).map(cipher::decrypt);
  }

  private String encrypted(String secret) {
    return secret.isEmpty() ? "" : cipher.encrypt(secret);
  }

  private GenesysConnectionSettings seeded() {
    try {
      self.seed();
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isUniqueViolation(e)) {
        throw e;
      }
    }
    return em.find(GenesysConnectionSettings.class, GenesysConnectionSettings.ID);
  }

  /**
   * Creates the row from the environment, in a transaction of its own (another instance may race).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void seed() {
    var settings = new GenesysConnectionSettings(clock.instant());
    settings.change(
        ConnectionChange.normalizedRegion(region).orElse(region),
        apiUrl.orElse(null),
        loginUrl.orElse(null),
        clientId.orElse(null),
        clientSecret.map(cipher::encrypt).orElse(null),
        clock.instant());
    em.persist(settings);
    em.flush();
  }
}

package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.database.control.OwnerOnlyFile;
import app.emailrouting.security.control.ApiKeyStore;
import app.emailrouting.security.control.Passwords;
import app.emailrouting.security.control.UserStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start: the built-in {@code admin} when there is no user yet, with {@code ADMIN_PASSWORD} or
 * else a random password printed once in the log and written to {@code
 * DATA_DIR/initial-admin-password} (owner-only), to be changed at first login; and the API key of
 * {@code INTAKE_API_KEY} with the {@code intake} role, unless it exists.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecuritySetup {

  static final String ADMIN = "admin";
  static final String PASSWORD_FILE = "initial-admin-password";
  private static final Logger LOG = Logger.getLogger(SecuritySetup.class.getName());
  private static final int MIN_API_KEY_LENGTH = 20;

  @Inject UserStore users;
  @Inject ApiKeyStore keys;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "intake.api-key")
  Optional<String> intakeApiKey;

  @Inject
  @ConfigProperty(name = "data.dir", defaultValue = "./data")
  String dataDir;

  @PostConstruct
  void setUp() {
    if (users.count() == 0) {
      createAdmin();
    }
    intakeApiKey.filter(key -> !key.isBlank()).ifPresent(this::ensureIntakeKey);
  }

  private void createAdmin() {
    boolean generated = adminPassword.filter(password -> !password.isBlank()).isEmpty();
    String password =
        adminPassword.filter(given -> !generated).orElseGet(SecuritySetup::randomPassword);
    Passwords.requireAcceptable("ADMIN_PASSWORD", password);
    try {
      users.create(ADMIN, password, Role.ADMIN, generated);
    } catch (RuntimeException createdByAnotherInstance) {
      LOG.log(Level.FINE, "The admin user exists already", createdByAnotherInstance);
      return;
    }
    if (generated) {
      Path file = Path.of(dataDir).resolve(PASSWORD_FILE);
      OwnerOnlyFile.write(file, password + "\n");
      LOG.warning(
          "Created the user admin with the password "
              + password
              + " (also in "
              + file.toAbsolutePath()
              + "): change it at first login. It is not shown again.");
    }
  }

  private void ensureIntakeKey(String key) {
    if (key.length() < MIN_API_KEY_LENGTH) {
      LOG.severe(
          "INTAKE_API_KEY is ignored: it must be at least " + MIN_API_KEY_LENGTH + " characters");
      return;
    }
    keys.ensure("intake (INTAKE_API_KEY)", Role.INTAKE, key);
  }

  static String randomPassword() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}

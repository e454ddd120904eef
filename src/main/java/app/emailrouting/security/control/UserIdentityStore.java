package app.emailrouting.security.control;

import app.emailrouting.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks console users' passwords. A PBKDF2 check takes about a tenth of a second on purpose, too
 * long for every API call made with HTTP Basic: a login that passed is remembered for {@link
 * #REMEMBERED} (by a SHA-256 of name and password, in memory), and forgotten at once when users
 * change on this instance. A user who must change their password gets only the role that allows
 * changing it.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  /** The role of a user whose password must be changed before anything else. */
  public static final String PASSWORD_CHANGE = "password-change";

  static final Duration REMEMBERED = Duration.ofSeconds(60);
  private static final int MAX_REMEMBERED = 10_000;

  @Inject UserStore users;
  @Inject Passwords passwords;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(CredentialValidationResult result, Instant until) {}

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ClientPasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String key = fingerprint(login);
    var known = remembered.get(key);
    if (known != null && known.until().isAfter(Instant.now())) {
      return known.result();
    }
    var result = check(login);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      remember(key, result);
    }
    return result;
  }

  private CredentialValidationResult check(ClientPasswordCredential login) {
    String name = login.getCaller();
    String password = login.getPasswordAsString();
    var user = users.find(name);
    if (user.isEmpty()) {
      passwords.checkAgainstNothing(password);
    }
    if (user.isEmpty() || !passwords.matches(password, user.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(name, groups(user.get()));
  }

  /** Whether this login passed within the last {@link #REMEMBERED}: no hash is needed then. */
  public boolean remembers(ClientPasswordCredential login) {
    var known = remembered.get(fingerprint(login));
    return known != null && known.until().isAfter(Instant.now());
  }

  /**
   * False for a user name no user can have, or a password longer than any password can be: such a
   * login fails without a hash or a database read.
   */
  static boolean couldBeValid(ClientPasswordCredential login) {
    String password = login.getPasswordAsString();
    return UserStore.isPossibleName(login.getCaller()) && password.length() <= Passwords.MAX_LENGTH;
  }

  /** The roles of a user as they are now stored. */
  public static Set<String> groups(User user) {
    return user.mustChangePassword() ? Set.of(PASSWORD_CHANGE) : Set.of(user.role().roleName());
  }

  private void remember(String key, CredentialValidationResult result) {
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(key, new Remembered(result, Instant.now().plus(REMEMBERED)));
  }

  void usersChanged(@Observes UserStore.UsersChanged change) {
    remembered.clear();
  }

  /** A SHA-256 of the name and password: a login's key, never the password itself. */
  static String fingerprint(ClientPasswordCredential login) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(login.getCaller().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(login.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package app.emailrouting.security.control;

import app.emailrouting.problems.control.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, 210,000 iterations, as
 * OWASP advises), and states the password policy: 12 to 128 characters (ASVS 2.1).
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String unknownUserHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    unknownUserHash = pbkdf2.generate("no such user".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time of a check, so that an unknown user name answers as slowly as a known one. */
  public void checkAgainstNothing(String password) {
    pbkdf2.verify(password.toCharArray(), unknownUserHash);
  }

  /** A 400 naming {@code field} unless the password meets the policy. */
  public static void requireAcceptable(String field, String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
  }
}

package app.emailrouting.security.control;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A user name and password checked the same way for the REST API (HTTP Basic) and the console's
 * login form. A login remembered from the last minute is answered at once; any other goes through,
 * in order, the in-memory limit ({@link LoginLimiter}: no hash and no database work past it), the
 * database lockout, counted before the check ({@link LoginThrottle}), and the password hash.
 */
@ApplicationScoped
public class PasswordLogins {

  private static final Logger LOG = Logger.getLogger(PasswordLogins.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject UserIdentityStore users;
  @Inject LoginLimiter limiter;
  @Inject LoginThrottle lockouts;
  @Inject UserStore userStore;

  private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();

  /** What became of a login. */
  public record Outcome(CredentialValidationResult result, Refusal refusal, Instant retryAt) {

    /** Why a login was refused before its password was checked. */
    public enum Refusal {
      /** Too many logins from this address or for this user name just now: try again shortly. */
      THROTTLED,
      /** Too many failures of this user name from this address: locked out for a while. */
      LOCKED_OUT
    }

    static Outcome checked(CredentialValidationResult result) {
      return new Outcome(result, null, null);
    }

    static Outcome refused(Refusal refusal, Instant retryAt) {
      return new Outcome(CredentialValidationResult.INVALID_RESULT, refusal, retryAt);
    }

    public boolean isValid() {
      return result.getStatus() == CredentialValidationResult.Status.VALID;
    }
  }

  /**
   * Checks a login. The same name and password arriving several times at once (a client's parallel
   * calls before its first login is remembered) are checked once, and share the outcome: counted
   * once, not as a run of attempts that would lock the user out.
   */
  public Outcome check(ClientPasswordCredential login) {
    if (users.remembers(login)) {
      return Outcome.checked(identities.validate(login));
    }
    String key = UserIdentityStore.fingerprint(login);
    var mine = new CompletableFuture<Outcome>();
    var running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      var outcome = checkOnce(login);
      mine.complete(outcome);
      return outcome;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  private Outcome checkOnce(ClientPasswordCredential login) {
    String name = login.getCaller();
    String address = login.address();
    Optional<Instant> wait = limiter.take(name, address);
    if (wait.isPresent()) {
      return Outcome.refused(Outcome.Refusal.THROTTLED, wait.get());
    }
    if (!UserIdentityStore.couldBeValid(login)) {
      return Outcome.checked(CredentialValidationResult.INVALID_RESULT);
    }
    Optional<Instant> lockedUntil = lockouts.attempt(name, address);
    if (lockedUntil.isPresent()) {
      return Outcome.refused(Outcome.Refusal.LOCKED_OUT, lockedUntil.get());
    }
    var outcome = Outcome.checked(identities.validate(login));
    counted(outcome, name, address);
    return outcome;
  }

  /**
   * Changes one's own password: the current one is checked first, like a login (limited, counted
   * towards a lockout), so that a session or a remembered login alone cannot change it. Every
   * console session of the user ends ({@link UserStore#changePassword}).
   *
   * @throws InvalidInputException {@code currentPassword} when it is missing or wrong
   * @throws Refusal.TooManyAttempts while logins of this user from this address are refused
   */
  public User changeOwnPassword(ClientPasswordCredential current, String newPassword) {
    if (current.getPasswordAsString().isEmpty()) {
      throw new InvalidInputException("currentPassword", "is required to change your own password");
    }
    var outcome = check(current);
    if (outcome.refusal() != null) {
      throw new Refusal.TooManyAttempts("login.tooMany", outcome.retryAt());
    }
    if (!outcome.isValid()) {
      throw new InvalidInputException("currentPassword", "is not your current password");
    }
    return userStore.changePassword(current.getCaller(), newPassword, true);
  }

  /** A console sign-in: audited. */
  public void signedIn(ClientPasswordCredential login) {
    lockouts.signedIn(login.getCaller(), login.address());
  }

  private void counted(Outcome outcome, String name, String address) {
    if (outcome.isValid()) {
      limiter.passed(name, address);
      lockouts.succeeded(name, address);
      return;
    }
    try {
      lockouts.failed(name, address);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A failed login was counted but not audited", e);
    }
  }
}

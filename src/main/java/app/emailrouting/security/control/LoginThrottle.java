package app.emailrouting.security.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.security.entity.LoginFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per user name and client address, in the database so that every instance
 * sees them: {@code security.lockout.failures} failures within {@code security.lockout.minutes}
 * lock that pair out for as long. Every attempt is counted <em>before</em> its password is checked,
 * under the row's lock, so that parallel guesses cannot all pass the check before any failure is
 * counted; a login that passes clears the count. Rows end with their window (purged as failures
 * come). Failures and lockouts are audited; a user name that is no user is not written as an actor.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class LoginThrottle {

  static final String UNKNOWN_USER = "anonymous";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject UserStore users;
  @Inject LoginThrottle self;

  @Inject
  @ConfigProperty(name = "security.lockout.failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "security.lockout.minutes", defaultValue = "15")
  long lockoutMinutes;

  private final Clock clock = Clock.systemUTC();

  /**
   * Counts an attempt of this user name from this address before its password is checked: empty
   * when it may be checked, else until when the pair is locked out. Two first attempts at once may
   * both insert the row; the loser counts again on the row the winner made.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Optional<Instant> attempt(String user, String address) {
    try {
      return self.counted(user, address);
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isUniqueViolation(e)) {
        throw e;
      }
      return self.counted(user, address);
    }
  }

  public Optional<Instant> counted(String user, String address) {
    Instant now = clock.instant();
    var key = new LoginFailures.Key(user, address);
    var failures = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (failures == null) {
      failures = new LoginFailures(user, address, now);
      em.persist(failures);
      em.flush();
    }
    var lockedUntil = failures.lockedUntil(now);
    if (lockedUntil.isEmpty()) {
      failures.failed(maxFailures, window(), now);
    }
    return lockedUntil;
  }

  /** A counted attempt failed: audited, and the lockout it reached (if it did) said so. */
  public void failed(String user, String address) {
    var failures = em.find(LoginFailures.class, new LoginFailures.Key(user, address));
    Instant now = clock.instant();
    var lockedUntil = failures == null ? Optional.<Instant>empty() : failures.lockedUntil(now);
    boolean known = users.find(user).isPresent();
    audit.recordAs(
        known ? user : UNKNOWN_USER,
        lockedUntil.isPresent() ? AuditAction.LOGIN_LOCKED_OUT : AuditAction.LOGIN_FAILED,
        AuditTarget.user(known ? user : UNKNOWN_USER),
        summary(known, address, lockedUntil, failures),
        null);
    purgeEnded(now);
  }

  private String summary(
      boolean known, String address, Optional<Instant> lockedUntil, LoginFailures failures) {
    String who = known ? "" : " for a user name that is no user";
    String count = failures == null ? "" : " (" + failures.failures() + " of " + maxFailures + ")";
    return lockedUntil
        .map(until -> "Locked out" + who + " from " + address + " until " + until)
        .orElse("Login failed" + who + " from " + address + count);
  }

  /** A console login: failures cleared, and the sign-in audited. */
  public void signedIn(String user, String address) {
    succeeded(user, address);
    audit.recordAs(
        user,
        AuditAction.LOGIN_SUCCEEDED,
        AuditTarget.user(user),
        "Signed in to the console from " + address,
        null);
  }

  public void succeeded(String user, String address) {
    Optional.ofNullable(em.find(LoginFailures.class, new LoginFailures.Key(user, address)))
        .ifPresent(em::remove);
  }

  /** Rows whose window and lockout have both ended count nothing any more. */
  private void purgeEnded(Instant now) {
    em.createNamedQuery("LoginFailures.purgeEnded")
        .setParameter("windowStart", now.minus(window()))
        .setParameter("now", now)
        .executeUpdate();
  }

  private Duration window() {
    return Duration.ofMinutes(lockoutMinutes);
  }
}

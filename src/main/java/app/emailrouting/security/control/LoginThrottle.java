package app.emailrouting.security.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
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
 * lock that pair out for as long. A success clears the count. Each failure and lockout is audited.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class LoginThrottle {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "security.lockout.failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "security.lockout.minutes", defaultValue = "15")
  long lockoutMinutes;

  private final Clock clock = Clock.systemUTC();

  /** Until when this user name is locked out from this address, if it is. */
  public Optional<Instant> lockedUntil(String user, String address) {
    return Optional.ofNullable(em.find(LoginFailures.class, new LoginFailures.Key(user, address)))
        .flatMap(failures -> failures.lockedUntil(clock.instant()));
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    var key = new LoginFailures.Key(user, address);
    var failures = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (failures == null) {
      failures = new LoginFailures(user, address, now);
      em.persist(failures);
    }
    failures.failed(maxFailures, Duration.ofMinutes(lockoutMinutes), now);
    var lockedUntil = failures.lockedUntil(now);
    audit.recordAs(
        user,
        lockedUntil.isPresent() ? AuditAction.LOGIN_LOCKED_OUT : AuditAction.LOGIN_FAILED,
        AuditTarget.user(user),
        lockedUntil
            .map(until -> "Locked out from " + address + " until " + until)
            .orElse(
                "Login failed from "
                    + address
                    + " ("
                    + failures.failures()
                    + " of "
                    + maxFailures
                    + ")"),
        null);
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
}

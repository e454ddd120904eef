package app.emailrouting.security.control;

import app.emailrouting.access.Role;
import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Console users: made, changed (role, password) and deleted by admins; never the last admin. */
@ApplicationScoped
@Transactional
public class UserStore {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Event<UsersChanged> changed;

  private final Clock clock = Clock.systemUTC();

  /** Fired after any change, so that cached logins are checked again. */
  public record UsersChanged(String name) {}

  public Optional<User> find(String name) {
    return Optional.ofNullable(em.find(User.class, name));
  }

  public List<User> list() {
    return em.createQuery("SELECT u FROM User u ORDER BY u.name", User.class).getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
  }

  public User create(String name, String password, Role role, boolean mustChangePassword) {
    requireName(name);
    Passwords.requireAcceptable("password", password);
    requireUserRole(role);
    if (find(name).isPresent()) {
      throw new Refusal.Conflict("user.exists", name);
    }
    var user = new User(name, passwords.hash(password), role, mustChangePassword, clock.instant());
    em.persist(user);
    audit.record(
        AuditAction.USER_CREATED,
        AuditTarget.user(name),
        "User " + name + " (" + role.roleName() + ") created",
        null);
    return user;
  }

  /** Sets a password: someone else's must be changed at their next login, one's own need not. */
  public User changePassword(String name, String password, boolean byThemselves) {
    Passwords.requireAcceptable("password", password);
    var user = locked(name);
    user.changePassword(passwords.hash(password), !byThemselves, clock.instant());
    audit.record(
        AuditAction.USER_CHANGED,
        AuditTarget.user(name),
        byThemselves ? "Password changed by the user" : "Password reset by an admin",
        null);
    changed.fire(new UsersChanged(name));
    return user;
  }

  public User changeRole(String name, Role role) {
    requireUserRole(role);
    var user = locked(name);
    if (user.role() == Role.ADMIN && role != Role.ADMIN) {
      requireAnotherAdmin(name);
    }
    user.changeRole(role, clock.instant());
    audit.record(
        AuditAction.USER_CHANGED, AuditTarget.user(name), "Role set to " + role.roleName(), null);
    changed.fire(new UsersChanged(name));
    return user;
  }

  public void delete(String name) {
    var user = locked(name);
    if (user.role() == Role.ADMIN) {
      requireAnotherAdmin(name);
    }
    em.remove(user);
    audit.record(
        AuditAction.USER_DELETED, AuditTarget.user(name), "User " + name + " deleted", null);
    changed.fire(new UsersChanged(name));
  }

  private User locked(String name) {
    return Optional.ofNullable(em.find(User.class, name, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new Refusal.NotFound("user.notFound", name));
  }

  private void requireAnotherAdmin(String name) {
    long admins =
        em.createQuery(
                "SELECT COUNT(u) FROM User u WHERE u.role = :admin AND u.name <> :name", Long.class)
            .setParameter("admin", Role.ADMIN)
            .setParameter("name", name)
            .getSingleResult();
    if (admins == 0) {
      throw new Refusal.Conflict("user.lastAdmin", name);
    }
  }

  /** Whether a user could have this name. */
  public static boolean isPossibleName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  private static void requireName(String name) {
    if (!isPossibleName(name)) {
      throw new InvalidInputException("name", "must be 1 to 64 letters, digits or . _ @ -");
    }
  }

  private static void requireUserRole(Role role) {
    if (role == null || !role.isUserRole()) {
      throw new InvalidInputException("role", "must be admin or viewer");
    }
  }
}

package app.emailrouting.security.control;

import app.emailrouting.access.Role;
import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.entity.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** API keys: made (shown once), found by their hash, revoked. */
@ApplicationScoped
@Transactional
public class ApiKeyStore {

  /** The start of every key, so that a leaked one is easy to recognize (and to scan for). */
  public static final String PREFIX = "erk_";

  /** The longest name a key may have. */
  public static final int MAX_NAME_LENGTH = 128;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<RecentApiKeys.ApiKeyRevoked> revoked;

  private final Clock clock = Clock.systemUTC();

  /** A key just made: the stored row and the key itself, which is never kept. */
  public record Created(ApiKey apiKey, String key) {}

  /**
   * Makes a key with a name (1 to {@link #MAX_NAME_LENGTH} characters, trimmed) and a role, for the
   * API and the console alike.
   */
  public Created create(String name, Role role, String createdBy) {
    String given = requireName(name);
    if (role == null) {
      throw new InvalidInputException("role", "is required");
    }
    String key = newKey();
    var apiKey =
        new ApiKey(given, role, hash(key), key.substring(0, 12), createdBy, clock.instant());
    em.persist(apiKey);
    em.flush();
    audit.recordAs(
        createdBy,
        AuditAction.API_KEY_CREATED,
        AuditTarget.apiKey(apiKey.id()),
        "API key " + given + " (" + role.roleName() + ") created",
        null);
    return new Created(apiKey, key);
  }

  /** Creates a key with a given value unless one with it exists (INTAKE_API_KEY at start). */
  public void ensure(String name, Role role, String key) {
    if (find(key).isEmpty()) {
      em.persist(
          new ApiKey(
              name,
              role,
              hash(key),
              key.substring(0, Math.min(12, key.length())),
              "service",
              clock.instant()));
    }
  }

  public List<ApiKey> list() {
    return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
  }

  /** The active key with this value, its last use written down (to the minute). */
  public Optional<ApiKey> use(String key) {
    var found = find(key).filter(ApiKey::isActive);
    found
        .filter(apiKey -> apiKey.lastUseIsOlderThanAMinute(clock.instant()))
        .ifPresent(apiKey -> apiKey.used(clock.instant()));
    return found;
  }

  public ApiKey revoke(long id) {
    var apiKey =
        Optional.ofNullable(em.find(ApiKey.class, id))
            .orElseThrow(() -> new Refusal.NotFound("apiKey.notFound", id));
    if (apiKey.isActive()) {
      apiKey.revoke(clock.instant());
      revoked.fire(new RecentApiKeys.ApiKeyRevoked(id));
      audit.record(
          AuditAction.API_KEY_REVOKED,
          AuditTarget.apiKey(id),
          "API key " + apiKey.name() + " revoked",
          null);
    }
    return apiKey;
  }

  private Optional<ApiKey> find(String key) {
    return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
        .setParameter("hash", hash(key))
        .getResultStream()
        .findFirst();
  }

  /** The name trimmed, unless it is blank or too long. */
  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "is required");
    }
    String given = name.strip();
    if (given.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return given;
  }

  static String newKey() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

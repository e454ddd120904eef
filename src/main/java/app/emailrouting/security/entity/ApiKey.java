package app.emailrouting.security.entity;

import app.emailrouting.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A named API key with a role. Only the SHA-256 of the key is kept (the key is 256 random bits, so
 * a fast hash is as safe as a slow one) and its first characters, to tell keys apart.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash")
@NamedQuery(
    name = ApiKey.ALL,
    query = "SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC")
public class ApiKey {

  public static final String BY_HASH = "ApiKey.byHash";
  public static final String ALL = "ApiKey.all";
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  @Id
  @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "key_hash")
  private String keyHash;

  @Column(name = "key_prefix")
  private String keyPrefix;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(
      String name, Role role, String keyHash, String keyPrefix, String createdBy, Instant now) {
    this.name = name;
    this.role = role;
    this.keyHash = keyHash;
    this.keyPrefix = keyPrefix;
    this.createdBy = createdBy;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public void revoke(Instant now) {
    revokedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether a use now is worth writing down (last use is kept to the minute). */
  public boolean lastUseIsOlderThanAMinute(Instant now) {
    return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
  }

  public void used(Instant now) {
    lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}

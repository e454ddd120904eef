package app.emailrouting.security.entity;

import app.emailrouting.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A console user: a name, a role and the PBKDF2 hash of the password. */
@Entity
@Table(name = "app_user")
public class User {

  @Id private String name;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** One more each time the password changes: a console session of an earlier one ends. */
  @Column(name = "session_generation")
  private int sessionGeneration;

  @Version private long version;

  protected User() {}

  public User(
      String name, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
    this.name = name;
    this.passwordHash = passwordHash;
    this.role = role;
    this.mustChangePassword = mustChangePassword;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = createdAt;
  }

  /** A new password; one an admin sets for someone else must be changed at their next login. */
  public void changePassword(String hash, boolean mustChange, Instant now) {
    passwordHash = hash;
    mustChangePassword = mustChange;
    sessionGeneration++;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public void changeRole(Role newRole, Instant now) {
    role = newRole;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public String name() {
    return name;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public int sessionGeneration() {
    return sessionGeneration;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

package app.emailrouting.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The recent failed logins of one user name from one client address: counted within a window that
 * starts at the first failure, and locked out for that long once there are too many.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(
    name = "LoginFailures.purgeEnded",
    query =
        "DELETE FROM LoginFailures f WHERE f.firstAt < :windowStart"
            + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :now)")
@IdClass(LoginFailures.Key.class)
public class LoginFailures {

  /** A user name and a client address: the id. */
  public static class Key implements Serializable {
    private String userName;
    private String address;

    public Key() {}

    public Key(String userName, String address) {
      this.userName = userName;
      this.address = address;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(userName, key.userName)
          && Objects.equals(address, key.address);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userName, address);
    }
  }

  @Id
  @Column(name = "user_name")
  private String userName;

  @Id private String address;

  private int failures;

  @Column(name = "first_at")
  private Instant firstAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginFailures() {}

  public LoginFailures(String userName, String address, Instant now) {
    this.userName = userName;
    this.address = address;
    this.firstAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Counts one more failure; locks out once {@code max} are reached within the window. */
  public void failed(int max, Duration window, Instant now) {
    if (!firstAt.plus(window).isAfter(now)) {
      failures = 0;
      firstAt = now.truncatedTo(ChronoUnit.MICROS);
    }
    failures++;
    if (failures >= max) {
      lockedUntil = now.plus(window).truncatedTo(ChronoUnit.MICROS);
    }
  }

  public Optional<Instant> lockedUntil(Instant now) {
    return Optional.ofNullable(lockedUntil).filter(until -> until.isAfter(now));
  }

  public int failures() {
    return failures;
  }
}

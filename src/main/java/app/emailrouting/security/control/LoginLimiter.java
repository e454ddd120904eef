package app.emailrouting.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cheap limit in front of every password hash: a PBKDF2 check costs a tenth of a second of a
 * core on purpose, so without it anyone could fill the CPU with random HTTP Basic logins. Each
 * check takes a token from three buckets, in memory and before any hash or database work: one of
 * the client address, one of the user name, and one of the whole instance (which bounds the CPU
 * whatever the number of addresses). A login that passes gives the address's and user name's tokens
 * back, so that only failures use them up. The database lockout ({@link LoginThrottle}) stays
 * behind it for the cluster-wide count.
 */
@ApplicationScoped
public class LoginLimiter {

  static final int MAX_BUCKETS = 10_000;

  private final TokenBuckets addresses;
  private final TokenBuckets userNames;
  private final TokenBuckets instance;
  private final Clock clock;

  @Inject
  public LoginLimiter(
      @ConfigProperty(name = "security.login-limit.per-address-per-minute", defaultValue = "20")
          int perAddress,
      @ConfigProperty(name = "security.login-limit.per-user-per-minute", defaultValue = "10")
          int perUser,
      @ConfigProperty(name = "security.login-limit.per-second", defaultValue = "5") int perSecond) {
    this(perAddress, perUser, perSecond, Clock.systemUTC());
  }

  LoginLimiter(int perAddress, int perUser, int perSecond, Clock clock) {
    this.addresses = new TokenBuckets(perAddress, Duration.ofMinutes(1), MAX_BUCKETS);
    this.userNames = new TokenBuckets(perUser, Duration.ofMinutes(1), MAX_BUCKETS);
    this.instance = new TokenBuckets(perSecond, Duration.ofSeconds(1), 1);
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected LoginLimiter() {
    this(20, 10, 5, Clock.systemUTC());
  }

  /**
   * Takes a token for one password check; empty when it may go on, else when to try again (and
   * nothing is taken).
   */
  public synchronized Optional<Instant> take(String userName, String address) {
    Instant now = clock.instant();
    var refusal =
        addresses
            .refusal(address, now)
            .or(() -> userNames.refusal(userName, now))
            .or(() -> instance.refusal("", now));
    if (refusal.isEmpty()) {
      addresses.take(address, now);
      userNames.take(userName, now);
      instance.take("", now);
    }
    return refusal;
  }

  /** A check that passed gives back the address's and user name's tokens. */
  public synchronized void passed(String userName, String address) {
    Instant now = clock.instant();
    addresses.giveBack(address, now);
    userNames.giveBack(userName, now);
  }
}

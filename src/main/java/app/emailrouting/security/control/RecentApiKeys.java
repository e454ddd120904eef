package app.emailrouting.security.control;

import app.emailrouting.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API keys found active in the last {@code security.api-key.recheck-seconds} (5), by their hash, so
 * that a CRM burst does not read the key table once per call. Only active keys are kept (as many as
 * there are), never a refused one. A revocation forgets them all on the instance that commits it at
 * once; the other instances refuse the key at their next check, within the recheck time.
 */
@ApplicationScoped
public class RecentApiKeys {

  /** The caller a key stands for, and until when it is taken without a look at the table. */
  public record Caller(String name, Role role, Instant recheckAt) {}

  @Inject
  @ConfigProperty(name = "security.api-key.recheck-seconds", defaultValue = "5")
  long recheckSeconds;

  private final Map<String, Caller> byHash = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  /** The caller of a key checked active less than the recheck time ago. */
  public Optional<Caller> find(String keyHash) {
    Caller caller = byHash.get(keyHash);
    if (caller == null || !clock.instant().isBefore(caller.recheckAt())) {
      return Optional.empty();
    }
    return Optional.of(caller);
  }

  /** Remembers a key just checked active. */
  public Caller checked(String keyHash, String name, Role role) {
    var caller = new Caller(name, role, clock.instant().plus(Duration.ofSeconds(recheckSeconds)));
    if (recheckSeconds > 0) {
      byHash.put(keyHash, caller);
    }
    return caller;
  }

  void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyRevoked event) {
    byHash.clear();
  }

  /** For tests: on a given clock and recheck time. */
  static RecentApiKeys of(Clock clock, long recheckSeconds) {
    var recent = new RecentApiKeys();
    recent.clock = clock;
    recent.recheckSeconds = recheckSeconds;
    return recent;
  }

  /** An API key was revoked. */
  public record ApiKeyRevoked(long id) {}
}

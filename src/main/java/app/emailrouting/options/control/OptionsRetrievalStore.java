package app.emailrouting.options.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.options.entity.OptionsRetrieval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last Retrieve Options. Starting one locks its row, so that across instances only one runs; a
 * retrieval still RUNNING after {@code options.retrieval.stale-after-seconds} is taken as abandoned
 * (its instance stopped) and may be started again.
 */
@ApplicationScoped
@Transactional
public class OptionsRetrievalStore {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "options.retrieval.stale-after-seconds", defaultValue = "900")
  long staleAfterSeconds;

  private final Clock clock = Clock.systemUTC();

  public OptionsRetrieval current() {
    return em.find(OptionsRetrieval.class, OptionsRetrieval.ID);
  }

  /** Starts a retrieval; empty when one runs already. */
  public Optional<OptionsRetrieval> start() {
    var retrieval = locked();
    if (isRunning(retrieval)) {
      return Optional.empty();
    }
    retrieval.start(clock.instant());
    audit.record(
        AuditAction.ROUTING_OPTIONS_RETRIEVAL_STARTED,
        AuditTarget.setting(AuditTarget.ROUTING_OPTIONS),
        "Retrieve Options started",
        null);
    return Optional.of(retrieval);
  }

  /**
   * Whether this retrieval runs now: RUNNING, and started within the stale limit (one RUNNING for
   * longer was abandoned by an instance that stopped).
   */
  public boolean isRunning(OptionsRetrieval retrieval) {
    return retrieval.isRunning(clock.instant(), Duration.ofSeconds(staleAfterSeconds));
  }

  public void fetched(int pages, long options) {
    locked().fetched(pages, options);
  }

  public void fail(String why) {
    locked().fail(why, clock.instant());
  }

  private OptionsRetrieval locked() {
    return em.find(OptionsRetrieval.class, OptionsRetrieval.ID, LockModeType.PESSIMISTIC_WRITE);
  }
}

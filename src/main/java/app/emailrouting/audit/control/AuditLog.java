package app.emailrouting.audit.control;

import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditEvent;
import app.emailrouting.audit.entity.AuditTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit events in the transaction of the change they record: both are kept, or neither.
 * Details are any object JSON-B can write (records, maps); they must never hold a secret.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Callers callers;

  private final Clock clock = Clock.systemUTC();

  /** Records what the current caller did. */
  public void record(AuditAction action, AuditTarget target, String summary, Object details) {
    recordAs(callers.current(), action, target, summary, details);
  }

  /** Records what a named actor did (work the service does on someone's behalf). */
  public void recordAs(
      String actor, AuditAction action, AuditTarget target, String summary, Object details) {
    String json = details == null ? null : JSONB.toJson(details);
    em.persist(new AuditEvent(clock.instant(), actor, action, target, summary, json));
  }
}

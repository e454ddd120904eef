package app.emailrouting.audit.control;

import app.emailrouting.audit.entity.AuditEvent;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.ListCursor;
import app.emailrouting.database.control.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit log. */
@ApplicationScoped
@Transactional
public class AuditEventStore {

  @PersistenceContext EntityManager em;

  /** A page of events, newest first. */
  public Page<AuditEvent> list(AuditQuery query) {
    var conditions = query.conditions();
    String jpql =
        "SELECT e FROM AuditEvent e" + conditions.where() + " ORDER BY e.at DESC, e.id DESC";
    List<AuditEvent> rows =
        conditions
            .bind(em.createQuery(jpql, AuditEvent.class))
            .setMaxResults(query.limit() + 1)
            .getResultList();
    return Page.of(rows, query.limit(), last -> new ListCursor(last.at(), last.id()));
  }

  /** Everything done to one target, oldest first. */
  public List<AuditEvent> of(AuditTarget target) {
    return em.createNamedQuery(AuditEvent.OF_TARGET, AuditEvent.class)
        .setParameter("targetType", target.type())
        .setParameter("targetId", target.id())
        .getResultList();
  }
}

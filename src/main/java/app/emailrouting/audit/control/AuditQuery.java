package app.emailrouting.audit.control;

import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.database.control.JpqlConditions;
import app.emailrouting.database.control.ListCursor;
import app.emailrouting.database.control.Page;
import java.time.Instant;
import java.util.Optional;

/** Which audit events to list, newest first; every part optional. */
public record AuditQuery(
    Optional<AuditAction> action,
    Optional<String> actor,
    Optional<String> targetType,
    Optional<String> targetId,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<ListCursor> after,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** The conditions on {@code e}, an AuditEvent. */
  JpqlConditions conditions() {
    var conditions = new JpqlConditions();
    action.ifPresent(value -> conditions.add("e.action = :action", "action", value));
    actor.ifPresent(value -> conditions.add("e.actor = :actor", "actor", value));
    targetType.ifPresent(
        value -> conditions.add("e.targetType = :targetType", "targetType", value));
    targetId.ifPresent(value -> conditions.add("e.targetId = :targetId", "targetId", value));
    from.ifPresent(value -> conditions.add("e.at >= :from", "from", value));
    to.ifPresent(value -> conditions.add("e.at < :to", "to", value));
    after.ifPresent(
        cursor ->
            conditions.add(
                Page.after("e.at", "e.id"), "afterAt", cursor.at(), "afterId", cursor.id()));
    return conditions;
  }
}

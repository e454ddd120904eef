package app.emailrouting.audit.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A page of audit events, newest first; {@code nextCursor} is null on the last page. */
@JsonbNillable
public record AuditEventPage(List<AuditEventView> items, String nextCursor) {}

package app.emailrouting.audit.boundary;

import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditEvent;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;

/** An audit event as the REST API shows it, its details as JSON. */
@JsonbNillable
@JsonbPropertyOrder({"id", "at", "actor", "action", "targetType", "targetId", "summary", "details"})
public record AuditEventView(
    long id,
    Instant at,
    String actor,
    AuditAction action,
    String targetType,
    String targetId,
    String summary,
    JsonValue details) {

  public static AuditEventView of(AuditEvent event) {
    return new AuditEventView(
        event.id(),
        event.at(),
        event.actor(),
        event.action(),
        event.target().type(),
        event.target().id(),
        event.summary(),
        details(event.details()));
  }

  private static JsonValue details(String json) {
    if (json == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}

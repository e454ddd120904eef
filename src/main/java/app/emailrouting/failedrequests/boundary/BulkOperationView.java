package app.emailrouting.failedrequests.boundary;

import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.failedrequests.entity.BulkState;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;

/** A bulk operation's progress as the REST API shows it. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "kind",
  "state",
  "matched",
  "done",
  "skipped",
  "filter",
  "applySuggestions",
  "requestedBy",
  "createdAt",
  "updatedAt",
  "finishedAt"
})
public record BulkOperationView(
    long id,
    BulkKind kind,
    BulkState state,
    long matched,
    long done,
    long skipped,
    JsonValue filter,
    boolean applySuggestions,
    String requestedBy,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  static BulkOperationView of(BulkOperation operation) {
    try (var reader = Json.createReader(new StringReader(operation.filter()))) {
      return new BulkOperationView(
          operation.id(),
          operation.kind(),
          operation.state(),
          operation.matched(),
          operation.done(),
          operation.skipped(),
          reader.readValue(),
          operation.appliesSuggestions(),
          operation.requestedBy(),
          operation.createdAt(),
          operation.updatedAt(),
          operation.finishedAt());
    }
  }
}

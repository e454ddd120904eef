package app.emailrouting.routing.control;

import app.emailrouting.audit.entity.AuditEvent;
import app.emailrouting.routing.entity.AttemptOutcome;
import app.emailrouting.routing.entity.RoutingAttempt;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of a routing request's history: a routing attempt (by the service) or something an admin
 * did (from the audit log).
 */
@JsonbNillable
@JsonbPropertyOrder({"at", "kind", "actor", "summary", "attempt", "auditEventId"})
public record HistoryEntry(
    Instant at, Kind kind, String actor, String summary, Integer attempt, Long auditEventId) {

  public enum Kind {
    ATTEMPT,
    AUDIT
  }

  /** Attempts and audit events in one list, oldest first. */
  public static List<HistoryEntry> timeline(
      List<RoutingAttempt> attempts, List<AuditEvent> events) {
    return Stream.concat(
            attempts.stream().map(HistoryEntry::of), events.stream().map(HistoryEntry::of))
        .sorted(Comparator.comparing(HistoryEntry::at))
        .toList();
  }

  static HistoryEntry of(RoutingAttempt attempt) {
    var response = attempt.apiResponse();
    String answer =
        response == null
            ? ""
            : " ("
                + (response.httpStatus() == null ? withoutStatus(attempt) : response.httpStatus())
                + (response.code() == null ? "" : " " + response.code())
                + ")";
    String reason = attempt.failureReason() == null ? "" : " " + attempt.failureReason();
    return new HistoryEntry(
        attempt.startedAt(),
        Kind.ATTEMPT,
        "service",
        "Routing attempt " + attempt.number() + ": " + attempt.outcome() + reason + answer,
        attempt.number(),
        null);
  }

  /** An attempt of unknown outcome went out and got no answer; any other without one never went. */
  private static String withoutStatus(RoutingAttempt attempt) {
    return attempt.outcome() == AttemptOutcome.UNKNOWN ? "no answer" : "no call";
  }

  static HistoryEntry of(AuditEvent event) {
    return new HistoryEntry(
        event.at(), Kind.AUDIT, event.actor(), event.summary(), null, event.id());
  }
}

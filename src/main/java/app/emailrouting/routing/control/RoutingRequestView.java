package app.emailrouting.routing.control;

import app.emailrouting.options.control.StaleOptions;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A routing request as the REST API shows it, and as the audit log keeps a deleted one. Absent
 * values are written as {@code null}; the attempts and history are listed only where one request is
 * read.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "externalId",
  "status",
  "failureReason",
  "failedAttempts",
  "queueId",
  "flowId",
  "skillIds",
  "languageId",
  "priority",
  "screenPopId",
  "attributes",
  "provider",
  "subject",
  "fromAddress",
  "fromName",
  "toAddress",
  "toName",
  "conversationId",
  "apiResponse",
  "attempts",
  "history",
  "nextAttemptAt",
  "createdAt",
  "updatedAt",
  "routedAt",
  "version"
})
public record RoutingRequestView(
    long id,
    String externalId,
    RoutingStatus status,
    FailureReason failureReason,
    int failedAttempts,
    String queueId,
    String flowId,
    List<String> skillIds,
    String languageId,
    Integer priority,
    String screenPopId,
    Map<String, String> attributes,
    String provider,
    String subject,
    String fromAddress,
    String fromName,
    String toAddress,
    String toName,
    String conversationId,
    ApiResponseView apiResponse,
    StaleOptions.Hint staleOptions,
    List<RoutingAttemptView> attempts,
    List<HistoryEntry> history,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant updatedAt,
    Instant routedAt,
    long version) {

  /** The request as a list shows it: without its attempts. */
  public static RoutingRequestView summaryOf(RoutingRequest request) {
    return of(request, null, null, null);
  }

  /**
   * The request with its attempts, its history (attempts and what admins did, in time order) and,
   * for an {@code INVALID_ROUTING_OPTIONS} failure, what the last retrieved options say about its
   * ids.
   */
  public static RoutingRequestView of(
      RoutingRequest request,
      List<RoutingAttempt> attempts,
      StaleOptions.Hint staleOptions,
      List<HistoryEntry> history) {
    var options = request.options();
    var email = request.email();
    return new RoutingRequestView(
        request.id(),
        request.externalId(),
        request.status(),
        request.failureReason(),
        request.failedAttempts(),
        options.queueId(),
        options.flowId(),
        options.skillIds(),
        options.languageId(),
        options.priority(),
        email.screenPopId(),
        email.attributes(),
        email.provider(),
        email.subject(),
        email.fromAddress(),
        email.fromName(),
        email.toAddress(),
        email.toName(),
        request.conversationId(),
        ApiResponseView.of(request.apiResponse()),
        staleOptions,
        attempts == null ? null : attempts.stream().map(RoutingAttemptView::of).toList(),
        history,
        request.nextAttemptAt(),
        request.createdAt(),
        request.updatedAt(),
        request.routedAt(),
        request.version());
  }
}

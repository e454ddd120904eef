package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.AttemptOutcome;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingAttempt;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** One routing attempt, as the REST API shows it. */
@JsonbNillable
@JsonbPropertyOrder({
  "number",
  "outcome",
  "failureReason",
  "startedAt",
  "durationMs",
  "apiResponse"
})
public record RoutingAttemptView(
    int number,
    AttemptOutcome outcome,
    FailureReason failureReason,
    Instant startedAt,
    long durationMs,
    ApiResponseView apiResponse) {

  public static RoutingAttemptView of(RoutingAttempt attempt) {
    return new RoutingAttemptView(
        attempt.number(),
        attempt.outcome(),
        attempt.failureReason(),
        attempt.startedAt(),
        attempt.durationMillis(),
        ApiResponseView.of(attempt.apiResponse()));
  }
}

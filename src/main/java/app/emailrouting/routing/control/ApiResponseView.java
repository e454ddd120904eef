package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ApiResponse;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The API response of a routing attempt, as the REST API shows it. */
@JsonbNillable
@JsonbPropertyOrder({
  "httpStatus",
  "code",
  "message",
  "messageParams",
  "body",
  "correlationId",
  "at"
})
public record ApiResponseView(
    Integer httpStatus,
    String code,
    String message,
    String messageParams,
    String body,
    String correlationId,
    Instant at) {

  public static ApiResponseView of(ApiResponse response) {
    if (response == null) {
      return null;
    }
    return new ApiResponseView(
        response.httpStatus(),
        response.code(),
        response.message(),
        response.messageParams(),
        response.body(),
        response.correlationId(),
        response.at());
  }
}

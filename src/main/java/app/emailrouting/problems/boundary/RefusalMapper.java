package app.emailrouting.problems.boundary;

import app.emailrouting.problems.control.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Each kind of refusal control raises, as its problem: status, type and the English text. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Refusal refusal) {
    return Problems.of(request, type(refusal), status(refusal), refusal.getMessage())
        .toResponse()
        .build();
  }

  static Status status(Refusal refusal) {
    if (refusal instanceof Refusal.NotFound) {
      return Status.NOT_FOUND;
    }
    if (refusal instanceof Refusal.Conflict) {
      return Status.CONFLICT;
    }
    if (refusal instanceof Refusal.StaleVersion) {
      return Status.PRECONDITION_FAILED;
    }
    if (refusal instanceof Refusal.Unavailable) {
      return Status.SERVICE_UNAVAILABLE;
    }
    return Status.TOO_MANY_REQUESTS;
  }

  static String type(Refusal refusal) {
    return switch (status(refusal)) {
      case NOT_FOUND -> Problems.HTTP_ERROR;
      case CONFLICT -> Problems.CONFLICT;
      case PRECONDITION_FAILED -> Problems.CHANGED_MEANWHILE;
      case SERVICE_UNAVAILABLE -> Problems.BUSY;
      default -> Problems.LOCKED_OUT;
    };
  }
}

package app.emailrouting.problems.boundary;

import app.emailrouting.problems.control.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals raised by control code (404, 409, 412, ...) as problems with their own detail. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProblemException e) {
    return Problems.of(
            request,
            e.type(),
            Response.Status.fromStatusCode(e.status()) == null
                ? Response.Status.BAD_REQUEST
                : Response.Status.fromStatusCode(e.status()),
            e.getMessage())
        .toResponse()
        .build();
  }
}

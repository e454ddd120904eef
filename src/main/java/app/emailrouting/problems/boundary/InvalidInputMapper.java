package app.emailrouting.problems.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(InvalidInputException e) {
    return Problems.of(
            request,
            Problems.INVALID_REQUEST,
            Status.BAD_REQUEST,
            "The request has an invalid value: " + e.field() + ".",
            List.of(new FieldError(e.field(), e.getMessage())))
        .toResponse()
        .build();
  }
}

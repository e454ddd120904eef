package app.emailrouting.problems.boundary;

import app.emailrouting.database.control.DatabaseFaults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper knows: a 503 with {@code Retry-After} when the database cannot be
 * reached (nothing was stored; the caller may post again), else a 500. The stack trace goes to the
 * server log under the correlation id, never to the caller.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  static final int RETRY_AFTER_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable e) {
    return toResponse(request, e);
  }

  Response toResponse(HttpServletRequest request, Throwable e) {
    String correlationId = CorrelationIdFilter.of(request);
    if (DatabaseFaults.isUnreachable(e)) {
      LOG.log(
          Level.WARNING,
          "Database unreachable [correlation id {0}]: {1}",
          new Object[] {correlationId, e});
      return databaseUnavailable(request);
    }
    LOG.log(Level.SEVERE, "Unexpected failure [correlation id " + correlationId + "]", e);
    return Problems.of(
            request,
            Problems.INTERNAL_ERROR,
            Status.INTERNAL_SERVER_ERROR,
            "An unexpected error occurred; the server log has it under correlation id "
                + correlationId
                + ".")
        .toResponse()
        .build();
  }

  /** The answer while the database cannot be used. */
  public static Response databaseUnavailable(HttpServletRequest request) {
    return Problems.of(
            request,
            Problems.DATABASE_UNAVAILABLE,
            Status.SERVICE_UNAVAILABLE,
            "The database cannot be reached; nothing was changed. Try again shortly.")
        .toResponse()
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }
}

package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.PlatformError;
import app.emailrouting.sandbox.control.PlatformErrors;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else under {@code /sandbox}, in Genesys Cloud's ErrorBody too: JAX-RS' own HTTP errors
 * (unknown path, wrong method or media type) keep their status and headers; anything unexpected is
 * a 500 whose cause goes to the server log under the correlation id.
 */
public class SimulatorFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(SimulatorFailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException http) {
      return httpError(http.getResponse());
    }
    Response response = PlatformAnswers.error(PlatformErrors.serverError(500));
    LOG.log(
        Level.SEVERE, "Sandbox failure [correlation id " + correlationId(response) + "]", failure);
    return response;
  }

  private static Response httpError(Response original) {
    int status = original.getStatus();
    PlatformError error = PlatformErrors.httpError(status, code(status), message(original));
    Response answer = PlatformAnswers.error(error);
    var copy = Response.fromResponse(answer);
    original.getHeaders().forEach((name, values) -> copyHeader(copy, name, values));
    return copy.build();
  }

  static String code(int status) {
    return switch (status) {
      case 401 -> "authentication.required";
      case 403 -> "not.authorized";
      case 404 -> "not.found";
      case 405 -> "method.not.allowed";
      case 406 -> "not.acceptable";
      case 413 -> "request.entity.too.large";
      case 415 -> "unsupported.media.type";
      default -> status >= 500 ? "internal.server.error" : "bad.request";
    };
  }

  private static String message(Response original) {
    return "HTTP " + original.getStatus() + " " + original.getStatusInfo().getReasonPhrase();
  }

  private static void copyHeader(Response.ResponseBuilder copy, String name, List<Object> values) {
    if (!"Content-Type".equalsIgnoreCase(name)) {
      values.forEach(value -> copy.header(name, value));
    }
  }

  private static Object correlationId(Response response) {
    return response.getHeaderString(PlatformAnswers.CORRELATION_ID);
  }
}

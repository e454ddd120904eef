package app.emailrouting.problems.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP errors raised by JAX-RS itself (unknown path, wrong method or media type) or by a resource:
 * the same status and headers ({@code Allow}, {@code Retry-After}), with a problem body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    var problem = Problems.of(request, type(e, status), status, detail(e, status));
    var response = problem.toResponse();
    original.getHeaders().forEach((name, values) -> copyHeader(response, name, values));
    return response.type(Problem.PROBLEM_JSON).build();
  }

  private static void copyHeader(
      Response.ResponseBuilder response, String name, java.util.List<Object> values) {
    if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
      values.forEach(value -> response.header(name, value));
    }
  }

  private static String type(WebApplicationException e, Response.StatusType status) {
    switch (status.getStatusCode()) {
      case 401:
        return Problems.UNAUTHENTICATED;
      case 403:
        return Problems.FORBIDDEN;
      case 413:
        return Problems.TOO_LARGE;
      default:
        break;
    }
    return isMissingBody(e) ? Problems.MALFORMED_JSON : Problems.HTTP_ERROR;
  }

  private static boolean isMissingBody(WebApplicationException e) {
    return e.getCause() instanceof NoContentException;
  }

  private String detail(WebApplicationException e, Response.StatusType status) {
    if (isMissingBody(e)) {
      return "A JSON body is required; nothing was stored.";
    }
    if (e.getMessage() != null && !e.getMessage().startsWith("HTTP " + status.getStatusCode())) {
      return e.getMessage();
    }
    return switch (status.getStatusCode()) {
      case 404 -> "There is no resource at " + request.getRequestURI() + ".";
      case 405 ->
          request.getMethod() + " is not allowed on " + request.getRequestURI() + allowed(e);
      case 406 -> "This resource answers application/json only.";
      case 415 -> "The body must be application/json.";
      default -> status.getReasonPhrase() + ".";
    };
  }

  private static String allowed(WebApplicationException e) {
    var allow = new java.util.TreeSet<>(e.getResponse().getAllowedMethods());
    allow.remove(HttpMethod.OPTIONS);
    allow.remove(HttpMethod.HEAD);
    return allow.isEmpty() ? "." : "; allowed: " + String.join(", ", allow) + ".";
  }
}

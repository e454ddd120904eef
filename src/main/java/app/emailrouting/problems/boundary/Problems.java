package app.emailrouting.problems.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the problems this API answers with; each kind has a stable {@code type}. */
public final class Problems {

  public static final String INVALID_REQUEST = "/problems/invalid-request";
  public static final String MALFORMED_JSON = "/problems/malformed-json";
  public static final String TOO_LARGE = "/problems/request-too-large";
  public static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";
  public static final String INTERNAL_ERROR = "/problems/internal-error";
  public static final String HTTP_ERROR = "about:blank";
  public static final String UNAUTHENTICATED = "/problems/unauthenticated";
  public static final String FORBIDDEN = "/problems/forbidden";
  public static final String LOCKED_OUT = "/problems/locked-out";
  public static final String CONFLICT = "/problems/conflict";
  public static final String CHANGED_MEANWHILE = "/problems/changed-meanwhile";
  public static final String BUSY = "/problems/busy";

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Problem of(
      HttpServletRequest request, String type, Response.StatusType status, String detail) {
    return of(request, type, status, detail, null);
  }

  public static Problem of(
      HttpServletRequest request,
      String type,
      Response.StatusType status,
      String detail,
      List<FieldError> errors) {
    return new Problem(
        type,
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        CorrelationIdFilter.of(request),
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }

  /** Writes a problem straight to the servlet response (before JAX-RS: authentication). */
  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      String type,
      Response.StatusType status,
      String detail) {
    response.setStatus(status.getStatusCode());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(JSONB.toJson(of(request, type, status, detail)));
    } catch (java.io.IOException gone) {
      // the client left: nothing to answer
    }
  }
}

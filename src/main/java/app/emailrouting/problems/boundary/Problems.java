package app.emailrouting.problems.boundary;

import jakarta.servlet.http.HttpServletRequest;
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
}

package app.emailrouting.problems.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** Bean Validation failures on a request body or parameter: a 400 listing every invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(violation -> new FieldError(field(violation), violation.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.of(
            request,
            Problems.INVALID_REQUEST,
            Status.BAD_REQUEST,
            "The request has " + errors.size() + " invalid value(s); nothing was stored.",
            errors)
        .toResponse()
        .build();
  }

  /**
   * The JSON path of the invalid value, without the Java method and parameter names: {@code
   * attributes[key]}, {@code skillIds[2]}; the whole body is {@code body}.
   */
  public static String field(ConstraintViolation<?> violation) {
    var path = new StringJoiner(".");
    for (Path.Node node : violation.getPropertyPath()) {
      if (isJavaName(node)) {
        continue;
      }
      path.add(nodeName(node));
    }
    String field = path.toString().replace(".[", "[").replace(".<", "<");
    return field.isEmpty() ? "body" : field.replaceAll("<[a-z ]+>", "");
  }

  private static boolean isJavaName(Path.Node node) {
    return node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER;
  }

  private static String nodeName(Path.Node node) {
    String name = node.getName() == null ? "" : node.getName();
    if (node.getKey() != null) {
      return "[" + node.getKey() + "]" + name;
    }
    if (node.getIndex() != null) {
      return "[" + node.getIndex() + "]" + name;
    }
    return name;
  }
}

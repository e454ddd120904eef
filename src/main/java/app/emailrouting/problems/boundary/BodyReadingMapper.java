package app.emailrouting.problems.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A body that could not be read: malformed JSON or a value of the wrong type (400, naming the field
 * when the parser says which), or a body over the size limit (413). Anything else that JAX-RS
 * reports as a processing failure goes on to {@link UnexpectedFailureMapper}.
 */
@Provider
public class BodyReadingMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProcessingException e) {
    if (causes(e).anyMatch(RequestBodyLimit.TooLargeException.class::isInstance)) {
      return Problems.of(
              request, Problems.TOO_LARGE, Status.REQUEST_ENTITY_TOO_LARGE, rootMessage(e))
          .toResponse()
          .build();
    }
    if (causes(e).anyMatch(BodyReadingMapper::isJsonFailure)) {
      return malformed(e);
    }
    return new UnexpectedFailureMapper().toResponse(request, e);
  }

  private Response malformed(Throwable e) {
    Optional<String> field = misTypedProperty(e);
    List<FieldError> errors =
        field.map(name -> List.of(new FieldError(name, "has the wrong type"))).orElse(List.of());
    String detail =
        field
            .map(name -> "The value of " + name + " has the wrong type; nothing was stored.")
            .orElse("The body is not valid JSON; nothing was stored.");
    return Problems.of(request, Problems.MALFORMED_JSON, Status.BAD_REQUEST, detail, errors)
        .toResponse()
        .build();
  }

  private static boolean isJsonFailure(Throwable e) {
    return e instanceof JsonbException || e instanceof JsonException;
  }

  static Optional<String> misTypedProperty(Throwable e) {
    return causes(e)
        .map(Throwable::getMessage)
        .filter(message -> message != null && message.contains("deserialize property"))
        .map(PROPERTY::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .findFirst();
  }

  private static String rootMessage(Throwable e) {
    return causes(e).reduce((first, second) -> second).map(Throwable::getMessage).orElse("");
  }

  static Stream<Throwable> causes(Throwable e) {
    return Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause())
        .limit(32);
  }
}

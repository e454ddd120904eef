package app.emailrouting.problems.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem body. Absent members are left out. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "correlationId", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String correlationId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  public Response.ResponseBuilder toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this);
  }
}

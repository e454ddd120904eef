package app.emailrouting.routing.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.RoutingRequestExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The list as a CSV file, streamed ({@link RoutingRequestExport}). */
@Path("routing-requests/export")
@Tag(name = "Routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class RoutingRequestExportResource {

  static final String CSV = "text/csv";

  @Inject RoutingRequestExport export;

  @GET
  @Produces(CSV)
  @Operation(
      summary = "Export routing requests as CSV",
      description =
          "The list's filters (status, failureReason, q), newest first, streamed; one header row."
              + " Values a spreadsheet would take for a formula start with an apostrophe.")
  @APIResponse(responseCode = "200", description = "text/csv; charset=UTF-8, as an attachment")
  @APIResponse(responseCode = "400", description = "A format other than csv, or a bad filter")
  public Response export(
      @QueryParam("format") @Parameter(description = "csv (the default)") String format,
      @QueryParam("status") @Parameter(description = "PENDING, ROUTING, ROUTED or FAILED")
          String status,
      @QueryParam("failureReason") @Parameter(description = "e.g. INVALID_ROUTING_OPTIONS")
          String failureReason,
      @QueryParam("q") @Parameter(description = "Text, as in the list") String q) {
    if (format != null && !format.isBlank() && !"csv".equalsIgnoreCase(format.strip())) {
      throw new InvalidInputException("format", "must be csv");
    }
    var filter = new ListParameters(status, failureReason, q, null, null).toFilter();
    StreamingOutput body = out -> export.write(filter, out);
    String file = "routing-requests-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .build();
  }
}

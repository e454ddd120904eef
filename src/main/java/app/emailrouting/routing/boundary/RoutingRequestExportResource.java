package app.emailrouting.routing.boundary;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.RoutingRequestCsv;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The list as a CSV file, streamed page by page (each page its own short read), so that a million
 * rows go out without being held in memory.
 */
@Path("routing-requests/export")
@Tag(name = "Routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class RoutingRequestExportResource {

  static final String CSV = "text/csv";
  private static final int PAGE = 1000;

  @Inject RoutingRequestStore store;

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
    StreamingOutput body = out -> writeAll(out, filter);
    String file = "routing-requests-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .build();
  }

  private void writeAll(OutputStream out, RoutingRequestFilter filter) throws IOException {
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    var csv = new RoutingRequestCsv(writer);
    Optional<ListCursor> after = Optional.empty();
    do {
      var page = store.list(new RoutingRequestQuery(filter, after, PAGE));
      for (var request : page.items()) {
        csv.write(request);
      }
      csv.flush();
      after = page.next();
    } while (after.isPresent());
  }
}

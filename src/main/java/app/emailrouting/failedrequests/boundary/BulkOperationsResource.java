package app.emailrouting.failedrequests.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.failedrequests.control.BulkOperations;
import app.emailrouting.problems.control.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The progress of bulk operations, and cancelling one. */
@Path("bulk-operations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class BulkOperationsResource {

  @Inject BulkOperations operations;

  @GET
  @Operation(
      summary = "Read a bulk operation's progress",
      description =
          "matched: failed requests the filter matched at the start; done: rerouted or deleted so"
              + " far; skipped: matched but no longer failed when reached; state: RUNNING, DONE or"
              + " CANCELLED.")
  @APIResponse(responseCode = "200", description = "The operation")
  @APIResponse(responseCode = "404", description = "No bulk operation with this id")
  public BulkOperationView read(@PathParam("id") String id) {
    return BulkOperationView.of(operations.find(key(id)).orElseThrow(() -> notFound(id)));
  }

  @DELETE
  @Operation(
      summary = "Cancel a running bulk operation",
      description = "It stops before its next chunk, within a second; what is done stays done.")
  @APIResponse(responseCode = "200", description = "The cancelled operation")
  @APIResponse(responseCode = "409", description = "The operation is no longer running")
  @RolesAllowed(Role.ADMIN_NAME)
  public BulkOperationView cancel(@PathParam("id") String id) {
    return BulkOperationView.of(operations.cancel(key(id)));
  }

  private static long key(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw notFound(id);
    }
  }

  private static Refusal notFound(String id) {
    return new Refusal.NotFound("bulkOperation.notFound", id);
  }
}

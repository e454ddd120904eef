package app.emailrouting.audit.boundary;

import static app.emailrouting.problems.boundary.QueryParameters.given;

import app.emailrouting.access.Role;
import app.emailrouting.audit.control.AuditEventStore;
import app.emailrouting.audit.control.AuditQuery;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.database.control.ListCursor;
import app.emailrouting.problems.boundary.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log: who did what and when. */
@Path("audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class AuditEventsResource {

  @Inject AuditEventStore store;

  @GET
  @Operation(
      summary = "List audit events, newest first",
      description =
          "Reroutes, edits (details.before and details.after), deletes (details.deleted: the full"
              + " request), bulk operations, connection, routing options, pipeline and sandbox"
              + " changes. Filters combine; pass nextCursor back as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "400", description = "An unknown action, a bad time, limit or cursor")
  public AuditEventPage list(
      @QueryParam("action") @Parameter(description = "e.g. ROUTING_REQUEST_REROUTED") String action,
      @QueryParam("actor") @Parameter(description = "A user or API key name") String actor,
      @QueryParam("targetType") @Parameter(description = "e.g. routing-request") String targetType,
      @QueryParam("targetId") @Parameter(description = "e.g. a routing request id") String targetId,
      @QueryParam("from") @Parameter(description = "At or after, e.g. 2026-11-27T00:00:00Z")
          String from,
      @QueryParam("to") @Parameter(description = "Before, e.g. 2026-11-28T00:00:00Z") String to,
      @QueryParam("limit") @Parameter(description = "Page size, 1 to 500; default 50") String limit,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page")
          String cursor) {
    var query =
        new AuditQuery(
            QueryParameters.oneOf(AuditAction.class, "action", action),
            given(actor),
            given(targetType),
            given(targetId),
            QueryParameters.instant("from", from),
            QueryParameters.instant("to", to),
            QueryParameters.cursor(cursor),
            QueryParameters.limit(limit, AuditQuery.DEFAULT_LIMIT, AuditQuery.MAX_LIMIT));
    var page = store.list(query);
    return new AuditEventPage(
        page.items().stream().map(AuditEventView::of).toList(),
        page.next().map(ListCursor::encode).orElse(null));
  }
}

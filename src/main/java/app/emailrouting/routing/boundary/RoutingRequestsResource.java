package app.emailrouting.routing.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.database.control.ListCursor;
import app.emailrouting.problems.boundary.Problem;
import app.emailrouting.routing.control.RoutingRequestDetails;
import app.emailrouting.routing.control.RoutingRequestEdits;
import app.emailrouting.routing.control.RoutingRequestIntake;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.control.RoutingRequestView;
import app.emailrouting.routing.control.RoutingSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake of routing requests from CRM automations, and reading them back. */
@Path("routing-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing requests")
public class RoutingRequestsResource {

  @Inject RoutingRequestIntake intake;
  @Inject RoutingRequestStore store;
  @Inject RoutingRequestEdits edits;
  @Inject RoutingRequestDetails details;
  @Context UriInfo uriInfo;

  @Inject DatabaseClock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept a routing request",
      description =
          "Stores the request and routes it to Genesys Cloud. The externalId is an idempotency"
              + " key: posting it again answers 200 with the stored request and creates nothing."
              + " A request with neither or both of queueId and flowId is stored and fails at once"
              + " as INVALID_FLOW, so that an admin can correct and reroute it. Fields: externalId"
              + " (required, 1-255); queueId or flowId (exactly one; Genesys ids); skillIds (up"
              + " to 50); languageId; priority (0 or more); screenPopId (the CRM record to"
              + " screen-pop, sent as attribute SF_URLPop); attributes (up to 50 strings);"
              + " provider (default Salesforce); subject, fromAddress, fromName, toAddress, toName.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Salesforce case email",
                      value = RoutingRequestExamples.INPUT)))
  @APIResponse(
      responseCode = "202",
      description = "Accepted; Location names the new request",
      content =
          @Content(
              examples =
                  @ExampleObject(name = "accepted", value = RoutingRequestExamples.ACCEPTED)))
  @APIResponse(responseCode = "200", description = "Already accepted under this externalId")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, a missing externalId or a value over its limit",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "invalid", value = RoutingRequestExamples.INVALID)))
  @APIResponse(responseCode = "413", description = "Body over 256 KiB")
  @APIResponse(responseCode = "503", description = "Database unreachable; nothing stored")
  @RolesAllowed({Role.INTAKE_NAME, Role.ADMIN_NAME})
  public Response accept(
      @NotNull(message = "a JSON body is required") @Valid RoutingRequestInput input) {
    var result = intake.accept(input.toRoutingRequest(clock.now()));
    var view = RoutingRequestView.summaryOf(result.request());
    if (!result.created()) {
      return Response.ok(view).tag(etag(view)).build();
    }
    var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build();
    return Response.accepted(view).location(location).tag(etag(view)).build();
  }

  @GET
  @Operation(
      summary = "List routing requests, newest first",
      description =
          "Filters combine. Pass nextCursor back as cursor for the next page; it is null on the"
              + " last page.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(examples = @ExampleObject(name = "page", value = RoutingRequestExamples.PAGE)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown status or reason, a bad limit or cursor")
  @RolesAllowed({Role.INTAKE_NAME, Role.VIEWER_NAME, Role.ADMIN_NAME})
  public RoutingRequestList list(
      @QueryParam("status") @Parameter(description = "PENDING, ROUTING, ROUTED or FAILED")
          String status,
      @QueryParam("failureReason") @Parameter(description = "e.g. INVALID_ROUTING_OPTIONS")
          String failureReason,
      @QueryParam("q")
          @Parameter(
              description = "Text in external id, subject, from address or name, API response")
          String q,
      @QueryParam("limit") @Parameter(description = "Page size, 1 to 500; default 50") String limit,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page")
          String cursor) {
    var parameters = new ListParameters(status, failureReason, q, limit, cursor);
    var page = store.list(parameters.toQuery());
    return new RoutingRequestList(
        page.items().stream().map(RoutingRequestView::summaryOf).toList(),
        page.next().map(ListCursor::encode).orElse(null));
  }

  @GET
  @Path("summary")
  @Operation(summary = "Count routing requests by status, and failed ones by failure reason")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples = @ExampleObject(name = "summary", value = RoutingRequestExamples.SUMMARY)))
  @RolesAllowed({Role.INTAKE_NAME, Role.VIEWER_NAME, Role.ADMIN_NAME})
  public RoutingSummary summary() {
    return store.summary();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read one routing request",
      description =
          "With its last API response, every routing attempt, and its history: the attempts and"
              + " what admins did (audit events), oldest first. ETag is the version.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples = @ExampleObject(name = "failed", value = RoutingRequestExamples.DETAIL)))
  @APIResponse(responseCode = "404", description = "No routing request with this id")
  @RolesAllowed({Role.INTAKE_NAME, Role.VIEWER_NAME, Role.ADMIN_NAME})
  public Response read(@PathParam("id") String id) {
    long key = ListParameters.requestId(id);
    var view =
        details
            .of(key)
            .orElseThrow(() -> new NotFoundException("No routing request " + id + "."))
            .view();
    return Response.ok(view).tag(etag(view)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Edit or reroute a failed routing request",
      description =
          "JSON merge patch. {\"failedAttempts\": 0} reroutes a FAILED request: it is PENDING"
              + " and attempted at once, with a fresh retry schedule. The same patch may correct"
              + " queueId, flowId, skillIds, languageId and priority (null removes a value). 409"
              + " for a request that is not FAILED or another failedAttempts value; with If-Match"
              + " \"<version>\", 412 when it changed meanwhile.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/merge-patch+json",
              examples =
                  @ExampleObject(
                      name = "stale queue fixed",
                      value =
                          "{\"queueId\": \"142e8c57-4924-4f80-a5ac-cc7c198aa566\","
                              + " \"failedAttempts\": 0}")))
  @APIResponse(responseCode = "200", description = "The request as now stored")
  @APIResponse(responseCode = "409", description = "Not FAILED, or failedAttempts other than 0")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response edit(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String patch) {
    long key = ListParameters.requestId(id);
    edits.edit(key, version(ifMatch), RoutingRequestPatch.read(patch));
    return read(id);
  }

  @POST
  @Path("{id}/apply-suggestions")
  @Operation(
      summary = "Apply a failed request's remap suggestions and reroute it",
      description =
          "For a request failed on ids that are gone, where an option of the same type now has"
              + " the same name (staleOptions.suggestions): replaces those ids and reroutes, as an"
              + " edit with failedAttempts 0, audited. 409 when there is no suggestion or the"
              + " request is not FAILED; with If-Match \"<version>\", 412 when it changed"
              + " meanwhile.")
  @APIResponse(responseCode = "200", description = "The request as now stored")
  @APIResponse(responseCode = "409", description = "No suggestion, or not FAILED")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response applySuggestions(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    edits.applySuggestions(ListParameters.requestId(id), version(ifMatch));
    return read(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a failed routing request")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "The request is not FAILED")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    edits.delete(ListParameters.requestId(id), version(ifMatch));
    return Response.noContent().build();
  }

  /** The version an If-Match names ("7", W/"7" or 7); one that names none never matches. */
  private static Optional<Long> version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", "")));
    } catch (NumberFormatException e) {
      return Optional.of(-1L);
    }
  }

  private static EntityTag etag(RoutingRequestView view) {
    return new EntityTag(String.valueOf(view.version()));
  }
}

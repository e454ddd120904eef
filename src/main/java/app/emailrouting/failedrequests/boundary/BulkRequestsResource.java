package app.emailrouting.failedrequests.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.failedrequests.control.BulkOperations;
import app.emailrouting.failedrequests.control.RouteCheck;
import app.emailrouting.failedrequests.entity.BulkKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk reroute and bulk delete of failed routing requests, and the check of whether they would
 * route now.
 */
@Path("routing-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed routing requests")
@RolesAllowed(Role.ADMIN_NAME)
public class BulkRequestsResource {

  private static final String FILTER_EXAMPLE =
      "{\"filter\": {\"failureReason\": \"INVALID_ROUTING_OPTIONS\", \"code\":"
          + " \"email.error.invalid.queue\", \"q\": null, \"ids\": null, \"before\":"
          + " \"2026-11-27T12:00:00Z\"}, \"dryRun\": true}";

  @Inject BulkOperations operations;
  @Inject RouteCheck routeCheck;
  @Context UriInfo uriInfo;

  @POST
  @Path("bulk-reroute")
  @Operation(
      summary = "Reroute every failed request a filter matches",
      description =
          "filter: failureReason, code (the Genesys code of the API response), q (text), ids (up"
              + " to 10,000), before (received before; ISO-8601); {} matches every failed"
              + " request. dryRun true answers {\"matched\": N} at once. applySuggestions true"
              + " replaces each request's gone ids with their suggestions (staleOptions) before"
              + " rerouting it. Otherwise 202 with a bulk"
              + " operation, paced so that no more requests wait for routing than Genesys Cloud"
              + " takes in a minute.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "dry run", value = FILTER_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Dry run: {\"matched\": N}")
  @APIResponse(responseCode = "202", description = "The bulk operation; Location names it")
  @APIResponse(responseCode = "400", description = "A bad filter")
  public Response reroute(
      @NotNull(message = "a JSON body is required") @Valid BulkOperationInput input) {
    return run(BulkKind.REROUTE, input);
  }

  @POST
  @Path("bulk-delete")
  @Operation(
      summary = "Delete every failed request a filter matches",
      description =
          "The same filter and dry run as bulk-reroute. The audit log keeps a copy of each"
              + " deleted request.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "dry run", value = FILTER_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Dry run: {\"matched\": N}")
  @APIResponse(responseCode = "202", description = "The bulk operation; Location names it")
  @APIResponse(responseCode = "400", description = "A bad filter")
  public Response delete(
      @NotNull(message = "a JSON body is required") @Valid BulkOperationInput input) {
    return run(BulkKind.DELETE, input);
  }

  @POST
  @Path("route-check")
  @Operation(
      summary = "Would they route now?",
      description =
          "Checks the failed requests a filter (as bulk-reroute) or a list of ids matches against"
              + " the current connection (a token; the routing pipeline's pause) and the last"
              + " retrieved options, without calling create email: {checked, wouldRoute,"
              + " wouldFail: {reason: N}, suggestionsAvailable, wouldRouteWithSuggestions,"
              + " optionsRetrievedAt, connection}. A request whose queue, skill or language is"
              + " gone, inactive or deleted would fail as INVALID_ROUTING_OPTIONS; one whose flow"
              + " is, or that names both or neither of queue and flow, as INVALID_FLOW.")
  @RequestBody(
      content =
          @Content(
              examples = {
                @ExampleObject(
                    name = "a failure group",
                    value =
                        "{\"filter\": {\"failureReason\": \"INVALID_ROUTING_OPTIONS\","
                            + " \"code\": \"email.error.invalid.queue\"}}"),
                @ExampleObject(name = "some requests", value = "{\"ids\": [1042, 1043]}")
              }))
  @APIResponse(responseCode = "200", description = "The counts")
  @APIResponse(responseCode = "400", description = "Neither filter nor ids, or a bad filter")
  public RouteCheck.Result routeCheck(
      @NotNull(message = "a JSON body is required") @Valid RouteCheckInput input) {
    return routeCheck.check(input.toFilter());
  }

  private Response run(BulkKind kind, BulkOperationInput input) {
    var filter = input.toFilter();
    if (input.isDryRun()) {
      long matched = operations.dryRun(filter);
      return Response.ok(Json.createObjectBuilder().add("matched", matched).build()).build();
    }
    var operation = operations.start(kind, filter, input.appliesSuggestions());
    var location =
        uriInfo
            .getBaseUriBuilder()
            .path("bulk-operations")
            .path(String.valueOf(operation.id()))
            .build();
    return Response.accepted(BulkOperationView.of(operation)).location(location).build();
  }
}

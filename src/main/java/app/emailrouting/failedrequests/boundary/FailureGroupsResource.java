package app.emailrouting.failedrequests.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.failedrequests.control.FailureGroup;
import app.emailrouting.failedrequests.control.FailureGroups;
import app.emailrouting.routing.control.ApiResponseView;
import app.emailrouting.routing.control.RoutingRequestStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Failed routing requests grouped by cause, with the fix for each. */
@Path("failure-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class FailureGroupsResource {

  @Inject FailureGroups groups;
  @Inject RoutingRequestStore requests;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "Group failed routing requests by failure reason and Genesys code",
      description =
          "Largest group first: count, first and last seen, the cause and the fix to apply, the"
              + " newest request's API response as an example, and links that list the group and"
              + " reroute or delete it in bulk.")
  @APIResponse(responseCode = "200", description = "The groups; empty when nothing failed")
  public List<FailureGroupView> list() {
    return groups.current().stream()
        .map(group -> FailureGroupView.of(group, exampleOf(group), linksOf(group)))
        .toList();
  }

  private ApiResponseView exampleOf(FailureGroup group) {
    return requests
        .find(group.exampleRequestId())
        .map(request -> ApiResponseView.of(request.apiResponse()))
        .orElse(null);
  }

  private FailureGroupView.Links linksOf(FailureGroup group) {
    var base = uriInfo.getBaseUriBuilder().path("routing-requests");
    var filter = Json.createObjectBuilder().add("failureReason", group.failureReason().name());
    if (group.code() != null) {
      filter.add("code", group.code());
    }
    var body = Json.createObjectBuilder().add("filter", filter).build();
    String requests =
        base.clone()
            .queryParam("status", "FAILED")
            .queryParam("failureReason", group.failureReason().name())
            .build()
            .toString();
    return new FailureGroupView.Links(
        requests,
        new FailureGroupView.Call(
            "POST", base.clone().path("bulk-reroute").build().toString(), body),
        new FailureGroupView.Call(
            "POST", base.clone().path("bulk-delete").build().toString(), body));
  }
}

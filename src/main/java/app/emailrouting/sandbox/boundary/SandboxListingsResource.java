package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.PageRequest;
import app.emailrouting.sandbox.control.Sandbox;
import app.emailrouting.sandbox.entity.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The simulated listings that Retrieve Options and the connection test read: queues, skills,
 * languages and inbound email flows, paged as Genesys Cloud pages them.
 */
@Path("api/v2")
public class SandboxListingsResource {

  @Inject Sandbox sandbox;

  /** The parameters every listing takes. */
  public static class ListingCall {
    @HeaderParam(HttpHeaders.AUTHORIZATION)
    String authorization;

    @QueryParam("pageNumber")
    String pageNumber;

    @QueryParam("pageSize")
    String pageSize;

    PageRequest page() {
      return PageRequest.of(pageNumber, pageSize);
    }
  }

  @GET
  @Path("routing/queues")
  public Response queues(@BeanParam ListingCall call) {
    sandbox.authorize(call.authorization, Permissions.VIEW_QUEUES);
    var listing = sandbox.queues(call.page());
    return PlatformAnswers.ok(
        ListingJson.of(listing, "/api/v2/routing/queues", null, PlatformJson::queue));
  }

  @GET
  @Path("routing/skills")
  public Response skills(@BeanParam ListingCall call) {
    sandbox.authorize(call.authorization, Permissions.VIEW_SKILLS);
    var listing = sandbox.skills(call.page());
    return PlatformAnswers.ok(
        ListingJson.of(listing, "/api/v2/routing/skills", null, PlatformJson::skill));
  }

  @GET
  @Path("routing/languages")
  public Response languages(@BeanParam ListingCall call) {
    sandbox.authorize(call.authorization);
    var listing = sandbox.languages(call.page());
    return PlatformAnswers.ok(
        ListingJson.of(listing, "/api/v2/routing/languages", null, PlatformJson::language));
  }

  /** Deleted flows are listed only with {@code deleted=true}, as in Genesys Cloud. */
  @GET
  @Path("flows")
  public Response flows(
      @BeanParam ListingCall call,
      @QueryParam("type") String type,
      @QueryParam("deleted") String deleted) {
    sandbox.authorize(call.authorization, Permissions.VIEW_FLOWS);
    var listing = sandbox.flows(type, "true".equalsIgnoreCase(deleted), call.page());
    String filter = ListingJson.filter("type", type);
    return PlatformAnswers.ok(ListingJson.of(listing, "/api/v2/flows", filter, PlatformJson::flow));
  }
}

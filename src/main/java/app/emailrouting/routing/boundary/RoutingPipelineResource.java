package app.emailrouting.routing.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.routing.control.RoutingPipelineStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether routing runs, and resuming it once the admin has fixed what paused it. */
@Path("routing-pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing pipeline")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class RoutingPipelineResource {

  @Inject RoutingPipelineStore pipeline;

  @GET
  @Operation(
      summary = "The routing pipeline's state",
      description =
          "Routing pauses itself on bad credentials or a missing conversation:email:create"
              + " permission, so that pending requests wait instead of failing. It resumes when"
              + " a periodic probe of the connection succeeds, or on demand.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "paused",
                      value =
                          "{\"state\": \"PAUSED\", \"reason\": \"BAD_CREDENTIALS\", \"detail\":"
                              + " \"authentication failed\", \"since\":"
                              + " \"2026-11-27T15:02:11.123456Z\"}")))
  public RoutingPipelineView read() {
    return RoutingPipelineView.of(pipeline.current());
  }

  @POST
  @Path("resume")
  @Operation(summary = "Resume routing now; pending requests are routed at once")
  @RolesAllowed(Role.ADMIN_NAME)
  public RoutingPipelineView resume() {
    return RoutingPipelineView.of(pipeline.resume());
  }
}

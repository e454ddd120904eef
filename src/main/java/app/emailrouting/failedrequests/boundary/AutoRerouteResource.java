package app.emailrouting.failedrequests.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.failedrequests.control.AutoReroutes;
import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.routing.entity.FailureReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reroute when the cause is fixed: opt-in per failure reason, off by default. */
@Path("auto-reroute")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failed routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class AutoRerouteResource {

  @Inject AutoReroutes autoReroutes;

  /** The body of a change: {@code {"enabled": true}}. Public fields: see RoutingRequestInput. */
  public static class Change {
    @NotNull(message = "is required: true or false")
    public Boolean enabled;
  }

  /** One reason's setting, keyed by its reason in the listing. */
  public record View(
      boolean enabled,
      AutoReroutes.FixedWhen fixedWhen,
      String updatedBy,
      java.time.Instant updatedAt) {
    static View of(AutoReroutes.Setting setting) {
      return new View(
          setting.enabled(), setting.fixedWhen(), setting.updatedBy(), setting.updatedAt());
    }
  }

  @GET
  @Operation(
      summary = "Automatic reroute, per failure reason",
      description =
          "{\"<reason>\": {enabled, fixedWhen, updatedBy, updatedAt}} for every failure reason."
              + " fixedWhen says what shows the cause fixed: CONNECTION_VERIFIED (a connection"
              + " test passes, or a paused pipeline's probe succeeds) for BAD_CREDENTIALS,"
              + " MISSING_PERMISSIONS, GENESYS_UNAVAILABLE and RATE_LIMITED; OPTIONS_RETRIEVED"
              + " (Retrieve Options lists every id of the request, usable) for"
              + " INVALID_ROUTING_OPTIONS and INVALID_FLOW; none for REJECTED. Off by default.")
  public Map<String, View> list() {
    var settings = new LinkedHashMap<String, View>();
    autoReroutes.all().forEach(s -> settings.put(s.reason().name(), View.of(s)));
    return settings;
  }

  @PUT
  @Path("{reason}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Switch automatic reroute on or off for one failure reason",
      description =
          "When on, the FAILED requests of that reason are rerouted by a paced bulk operation,"
              + " audited as done by the service, once their cause shows itself fixed. 400 for"
              + " REJECTED, whose cause only an edit fixes.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "on", value = "{\"enabled\": true}")))
  @APIResponse(responseCode = "200", description = "The reason's setting")
  @APIResponse(responseCode = "400", description = "An unknown reason, REJECTED, or no enabled")
  @RolesAllowed(Role.ADMIN_NAME)
  public View set(
      @PathParam("reason") String reason,
      @NotNull(message = "a JSON body is required") @Valid Change change) {
    var failureReason = QueryParameters.parseEnum(FailureReason.class, "reason", reason);
    return View.of(autoReroutes.set(failureReason, change.enabled));
  }
}

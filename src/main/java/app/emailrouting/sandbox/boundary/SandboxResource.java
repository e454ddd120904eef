package app.emailrouting.sandbox.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.sandbox.control.Sandbox;
import app.emailrouting.sandbox.control.SandboxEdits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin API of the built-in Genesys Cloud sandbox, in the main application ({@code
 * /api/sandbox}): read and change its routing options and fault switches, see the emails it
 * created, reset it.
 */
@Path("sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox", description = "The built-in Genesys Cloud simulator under /sandbox")
@RolesAllowed(Role.ADMIN_NAME)
public class SandboxResource {

  @Inject Sandbox sandbox;
  @Inject SandboxEdits edits;

  @GET
  @Operation(
      summary = "Read the sandbox",
      description =
          "Its queues, skills, languages and inbound email flows, its fault switches, and the"
              + " emails it created, newest first (the last 1,000).")
  @APIResponse(responseCode = "200", description = "The sandbox")
  @APIResponse(responseCode = "404", description = "The sandbox is switched off")
  public SandboxDocument read() {
    requireEnabled();
    return SandboxDocument.of(sandbox.state());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the sandbox",
      description =
          "Members left out are unchanged; a list replaces the current one (delete or rename a"
              + " queue, skill, language or flow to model options changed in Genesys Cloud)."
              + " Fault switches: wrongCredentials, expiredTokens, missingPermissions (e.g."
              + " conversation:email:create), rateLimited with retryAfterSeconds, serverError"
              + " (0, 500, 502, 503 or 504), slowMillis, outage, failNextCalls (0 = every call,"
              + " N = the next N API calls only), createEmailAnswer (general.bad.request with"
              + " details, architect.flow.deleted, ip.not.authorized, created.then.504; empty ="
              + " off), missingDivisions (divisions the role does not cover: emails to a queue in"
              + " one get a 403).")
  @APIResponse(responseCode = "200", description = "The sandbox after the change")
  @APIResponse(responseCode = "400", description = "A bad value; nothing was changed")
  @APIResponse(responseCode = "404", description = "The sandbox is switched off")
  public SandboxDocument update(SandboxDocument changes) {
    requireEnabled();
    if (changes == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    return SandboxDocument.of(edits.change(changes.toChanges()));
  }

  @POST
  @Path("reset")
  @Operation(
      summary = "Reset the sandbox",
      description =
          "Back to the seed organization with every fault off and no created emails; tokens"
              + " already issued stay valid.")
  @APIResponse(responseCode = "200", description = "The sandbox after the reset")
  @APIResponse(responseCode = "404", description = "The sandbox is switched off")
  public SandboxDocument reset() {
    requireEnabled();
    return SandboxDocument.of(edits.reset());
  }

  private void requireEnabled() {
    if (!sandbox.isEnabled()) {
      throw new NotFoundException("The sandbox is switched off (sandbox.enabled=false).");
    }
  }
}

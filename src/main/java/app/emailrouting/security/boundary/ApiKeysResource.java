package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.control.ApiKeyStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys for CRM automations and scripts, for admins. */
@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiKeysResource {

  @Inject ApiKeyStore keys;
  @Inject Callers callers;
  @Context UriInfo uriInfo;

  /** The body of a new key. Public fields. */
  public static class Input {
    public String name;
    public String role;
  }

  @GET
  @Operation(summary = "List API keys (never the keys themselves)")
  public List<ApiKeyView> list() {
    return keys.list().stream().map(key -> ApiKeyView.of(key, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an API key",
      description =
          "{name (1-128), role (intake, viewer or admin)}. The answer's key is shown this once:"
              + " only its hash is kept. Send it as Authorization: Bearer <key>.")
  @APIResponse(responseCode = "201", description = "Created, with the key")
  @APIResponse(responseCode = "400", description = "A bad name or role")
  public Response create(@NotNull(message = "a JSON body is required") Input input) {
    Role role =
        QueryParameters.oneOf(
                Role.class, "role", input.role == null ? null : input.role.toUpperCase(Locale.ROOT))
            .orElse(null);
    var created = keys.create(input.name, role, callers.current());
    var location =
        uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.apiKey().id())).build();
    return Response.created(location)
        .entity(ApiKeyView.of(created.apiKey(), created.key()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke an API key; it stops working at once")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such key")
  public Response revoke(@PathParam("id") String id) {
    try {
      keys.revoke(Long.parseLong(id));
    } catch (NumberFormatException e) {
      throw new Refusal.NotFound("apiKey.notFound", id);
    }
    return Response.noContent().build();
  }
}

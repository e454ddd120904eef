package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.security.control.ClientPasswordCredential;
import app.emailrouting.security.control.PasswordLogins;
import app.emailrouting.security.control.UserIdentityStore;
import app.emailrouting.security.control.UserStore;
import app.emailrouting.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Console users, for admins; anyone may change their own password. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

  @Inject UserStore users;
  @Inject PasswordLogins logins;
  @Inject ClientAddresses addresses;
  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List console users")
  public List<UserView> list() {
    return users.list().stream().map(UserView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a console user",
      description =
          "{name, password (12 to 128 characters), role (admin or viewer)}. The user must change"
              + " the password at first login.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A bad name, password or role")
  @APIResponse(responseCode = "409", description = "The name is taken")
  public Response create(@NotNull(message = "a JSON body is required") UserInput input) {
    var role = input.role().orElseThrow(() -> new InvalidInputException("role", "is required"));
    var user = users.create(input.name, input.password, role, true);
    var location = uriInfo.getAbsolutePathBuilder().path(user.name()).build();
    return Response.created(location).entity(UserView.of(user)).build();
  }

  @PATCH
  @Path("{name}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, UserIdentityStore.PASSWORD_CHANGE})
  @Operation(
      summary = "Change a user's password or role",
      description =
          "{password} and/or {role}. Anyone may change their own password (and must, when told"
              + " to), with {currentPassword}; an admin's change of someone else's password must be"
              + " changed at their next login. Either ends the user's console sessions. Only admins"
              + " change roles; the last admin stays an admin.")
  @APIResponse(responseCode = "200", description = "The user as now stored")
  @APIResponse(responseCode = "403", description = "Not an admin, and not your own password")
  @APIResponse(responseCode = "404", description = "No such user")
  public UserView change(
      @PathParam("name") String name,
      @NotNull(message = "a JSON body is required") UserInput input) {
    boolean self = name.equals(security.getUserPrincipal().getName());
    boolean admin = security.isUserInRole(Role.ADMIN_NAME);
    if (!admin && (!self || input.role != null)) {
      throw new ForbiddenException("Only an admin changes roles or other users' passwords.");
    }
    var role = input.role();
    if (input.password == null && role.isEmpty()) {
      throw new InvalidInputException("password", "or role is required");
    }
    var changed = input.password == null ? null : newPassword(name, input, self);
    if (role.isPresent()) {
      changed = users.changeRole(name, role.get());
    }
    return UserView.of(changed);
  }

  /** One's own needs the current password; an admin's reset of another's does not. */
  private User newPassword(String name, UserInput input, boolean self) {
    if (!self) {
      return users.changePassword(name, input.password, false);
    }
    String current = input.currentPassword == null ? "" : input.currentPassword;
    return logins.changeOwnPassword(
        new ClientPasswordCredential(name, current, addresses.of(request)), input.password);
  }

  @DELETE
  @Path("{name}")
  @Operation(summary = "Delete a console user (never the last admin)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "The last admin")
  public Response delete(@PathParam("name") String name) {
    users.delete(name);
    return Response.noContent().build();
  }
}

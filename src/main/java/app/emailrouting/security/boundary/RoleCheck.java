package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.security.control.UserIdentityStore;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Guards every resource method with the roles its {@code @RolesAllowed} names (on the method, else
 * its class): 401 without credentials, 403 without one of the roles. A method that names none is
 * for admins only, so that a new endpoint is never open by mistake; {@code @PermitAll} opens one.
 */
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    var method = resource.getResourceMethod();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    List<String> roles = allowed == null ? List.of(Role.ADMIN_NAME) : List.of(allowed.value());
    context.register(new Check(roles));
  }

  /**
   * The check of one resource method. It runs just before Payara's own {@code @RolesAllowed} filter
   * (which stays, as a second line), so that its answers are the ones callers see: a 401 with the
   * challenge, a 403 that says which role is needed.
   */
  @Priority(Priorities.AUTHORIZATION - 100)
  static final class Check implements ContainerRequestFilter {
    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        throw new NotAuthorizedException(
            "Credentials are required: HTTP Basic with a console user, or Bearer with an API"
                + " key.",
            ServiceAuthentication.CHALLENGE);
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        throw new ForbiddenException(refusal(security));
      }
    }

    private String refusal(SecurityContext security) {
      if (security.isUserInRole(UserIdentityStore.PASSWORD_CHANGE)) {
        return "Change your password first: PATCH /api/users/"
            + security.getUserPrincipal().getName()
            + " with {\"password\": \"...\", \"currentPassword\": \"...\"}.";
      }
      return security.getUserPrincipal().getName()
          + " may not do this: it needs the role "
          + String.join(" or ", roles)
          + ".";
    }
  }
}

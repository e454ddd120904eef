package app.emailrouting.console.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.sandbox.control.Sandbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in to the console, what they may do, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject Sandbox sandbox;

  public String getName() {
    var principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN_NAME);
  }

  /** Whether the built-in sandbox is on (its page and switches exist only then). */
  public boolean isSandboxEnabled() {
    return sandbox.isEnabled();
  }

  /** Refuses a change to a viewer, whatever the page showed. */
  void requireAdmin() {
    if (!isAdmin()) {
      throw new SecurityException(Messages.text("error.notAllowed"));
    }
  }

  public void signOut() throws ServletException, IOException {
    var external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}

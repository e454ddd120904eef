package app.emailrouting.console.boundary;

import app.emailrouting.security.boundary.ClientAddresses;
import app.emailrouting.security.boundary.ConsoleSessions;
import app.emailrouting.security.control.ClientPasswordCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: Jakarta Security authenticates, the session is started by the mechanism. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject ClientAddresses addresses;

  private String user;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new ClientPasswordCredential(user, password, addresses.of(request)))
                .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      var lockedUntil = ConsoleSessions.lockedUntil(request);
      Messages.error(lockedUntil == null ? "login.failed" : "login.locked", lockedUntil);
    }
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

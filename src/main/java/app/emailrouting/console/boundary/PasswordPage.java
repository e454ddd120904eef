package app.emailrouting.console.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.security.control.UserStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Changing one's own password (first of all when an admin set it); then sign in again. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject UserStore users;
  @Inject CurrentUser currentUser;
  @Inject FacesContext faces;

  private String password;
  private String repeated;

  public void change() throws ServletException, IOException {
    if (password == null || !password.equals(repeated)) {
      Messages.error("password.mismatch");
      return;
    }
    try {
      users.changePassword(currentUser.getName(), password, true);
    } catch (InvalidInputException e) {
      Messages.error("password.explain");
      return;
    }
    var external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordChanged=true");
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}

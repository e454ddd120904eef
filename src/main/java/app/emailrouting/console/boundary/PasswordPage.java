package app.emailrouting.console.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.boundary.ClientAddresses;
import app.emailrouting.security.control.ClientPasswordCredential;
import app.emailrouting.security.control.PasswordLogins;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Changing one's own password (first of all when an admin set it), with the current one; then sign
 * in again. Every other session of the user ends.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject PasswordLogins logins;
  @Inject ClientAddresses addresses;
  @Inject CurrentUser currentUser;
  @Inject FacesContext faces;

  private String current;
  private String password;
  private String repeated;

  public void change() throws ServletException, IOException {
    if (password == null || !password.equals(repeated)) {
      Messages.error("password.mismatch");
      return;
    }
    var external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    try {
      logins.changeOwnPassword(
          new ClientPasswordCredential(
              currentUser.getName(), orEmpty(current), addresses.of(request)),
          password);
    } catch (InvalidInputException e) {
      Messages.error(
          "currentPassword".equals(e.field()) ? "password.currentWrong" : "password.explain");
      return;
    } catch (Refusal.TooManyAttempts refused) {
      Messages.error("password.tooManyAttempts");
      return;
    } finally {
      current = null;
    }
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordChanged=true");
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
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

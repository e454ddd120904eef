package app.emailrouting.security.boundary;

import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.security.control.ClientPasswordCredential;
import app.emailrouting.security.control.LoginThrottle;
import app.emailrouting.security.control.UserIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's form login and session. The login page authenticates through {@code
 * SecurityContext.authenticate}; a valid login gets a new session id (no fixation) holding the user
 * and roles, and every later request is authenticated from it. Console pages other than the login
 * page redirect to it without a session; a user who must change their password is sent to the
 * password page first.
 */
@ApplicationScoped
public class ConsoleSessions {

  /** Set on a failed login: until when the user is locked out, if that is why it failed. */
  public static final String LOCKED_UNTIL = ConsoleSessions.class.getName() + ".lockedUntil";

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String PASSWORD_PAGE = "/password.xhtml";
  private static final String SESSION_USER = ConsoleSessions.class.getName() + ".user";
  private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject LoginThrottle throttle;
  @Inject UserIdentityStore users;

  /** The user of a console session. */
  record SessionUser(String name, Set<String> roles) implements Serializable {
    boolean mustChangePassword() {
      return roles.contains(UserIdentityStore.PASSWORD_CHANGE);
    }
  }

  AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof ClientPasswordCredential login) {
      return login(request, context, login);
    }
    var session = request.getSession(false);
    var user = session == null ? null : (SessionUser) session.getAttribute(SESSION_USER);
    String path = ServiceAuthentication.pathOf(request);
    if (!isConsolePage(path)) {
      return user == null
          ? context.doNothing()
          : context.notifyContainerAboutLogin(user.name(), user.roles());
    }
    if (user != null) {
      user = current(session, user);
    }
    if (user == null) {
      return redirect(request, context, LOGIN_PAGE);
    }
    if (user.mustChangePassword() && !PASSWORD_PAGE.equals(path)) {
      return redirect(request, context, PASSWORD_PAGE);
    }
    return context.notifyContainerAboutLogin(user.name(), user.roles());
  }

  /**
   * The session's user with the roles they have now: an admin's change of their role, a password an
   * admin set (to be changed first) or their deletion takes effect at their next page, not when the
   * session ends. Null, and the session ended, for a deleted user. While the database cannot be
   * read, the roles of the session stay (the page itself will say the database is down).
   */
  private SessionUser current(HttpSession session, SessionUser user) {
    Optional<Set<String>> groups;
    try {
      groups = users.currentGroups(user.name());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Roles of the session kept: users not readable", e);
      return user;
    }
    if (groups.isEmpty()) {
      session.invalidate();
      return null;
    }
    if (!groups.get().equals(user.roles())) {
      user = new SessionUser(user.name(), Set.copyOf(groups.get()));
      session.setAttribute(SESSION_USER, user);
    }
    return user;
  }

  /**
   * Sends the browser to a page: an HTTP redirect, or for a Faces ajax request (a click on a page
   * whose session has ended) the partial response that tells Faces' script to go there, since the
   * script would not follow an HTTP redirect to a whole page.
   */
  private static AuthenticationStatus redirect(
      HttpServletRequest request, HttpMessageContext context, String page) {
    String url = request.getContextPath() + page;
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(url);
    }
    var response = context.getResponse();
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  + "<partial-response><redirect url=\""
                  + url
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * A console page that needs a signed-in user: every Faces page but the login page (static
   * resources, health, OpenAPI and the sandbox are not pages; the API has its own way in).
   */
  static boolean isConsolePage(String path) {
    boolean page = path.equals("/") || path.endsWith(".xhtml");
    return page && !path.equals(LOGIN_PAGE) && !path.startsWith("/jakarta.faces.resource/");
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, ClientPasswordCredential login) {
    try {
      var lockedUntil = throttle.lockedUntil(login.getCaller(), login.address());
      if (lockedUntil.isPresent()) {
        request.setAttribute(LOCKED_UNTIL, lockedUntil.get());
        return AuthenticationStatus.SEND_FAILURE;
      }
      var result = identities.validate(login);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, result);
      throttle.signedIn(login.getCaller(), login.address());
      return context.notifyContainerAboutLogin(result);
    } catch (RuntimeException e) {
      LOG.log(
          DatabaseFaults.isUnreachable(e) ? Level.WARNING : Level.SEVERE, "Login not checked", e);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private static void startSession(HttpServletRequest request, CredentialValidationResult result) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            SESSION_USER,
            new SessionUser(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
  }

  /** Until when a failed login's user is locked out, if that is why it failed. */
  public static Instant lockedUntil(HttpServletRequest request) {
    return (Instant) request.getAttribute(LOCKED_UNTIL);
  }
}

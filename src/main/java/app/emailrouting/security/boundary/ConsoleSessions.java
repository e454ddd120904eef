package app.emailrouting.security.boundary;

import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.security.control.ClientPasswordCredential;
import app.emailrouting.security.control.PasswordLogins;
import app.emailrouting.security.control.UserIdentityStore;
import app.emailrouting.security.control.UserStore;
import app.emailrouting.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
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
 * SecurityContext.authenticate}; a valid login gets a new session id (no fixation) holding the
 * user, and every later console request is authenticated from it, with the roles the user has
 * <em>now</em> (read again on each request: an admin's change of role takes effect at once). A
 * session belongs to one password: once it changes or an admin resets it, the user's other sessions
 * end. Without a session a console page redirects to the login page; a user who must change their
 * password is sent to the password page first.
 */
@ApplicationScoped
public class ConsoleSessions {

  /** Set on a refused login: until when the user may not try again, if that is why it failed. */
  public static final String LOCKED_UNTIL = ConsoleSessions.class.getName() + ".lockedUntil";

  static final String PASSWORD_PAGE = "/password.xhtml";
  private static final String SESSION_USER = ConsoleSessions.class.getName() + ".user";
  private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

  @Inject PasswordLogins logins;
  @Inject UserStore users;

  /** The user of a console session, and the password generation the session belongs to. */
  record SessionUser(String name, Set<String> roles, int generation) implements Serializable {
    boolean mustChangePassword() {
      return roles.contains(UserIdentityStore.PASSWORD_CHANGE);
    }
  }

  AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
    var session = request.getSession(false);
    var user =
        session == null ? null : current(session, (SessionUser) session.getAttribute(SESSION_USER));
    if (user == null) {
      return redirect(request, context, Access.LOGIN_PAGE);
    }
    if (user.mustChangePassword() && !PASSWORD_PAGE.equals(Access.servedPath(request))) {
      return redirect(request, context, PASSWORD_PAGE);
    }
    return context.notifyContainerAboutLogin(user.name(), user.roles());
  }

  /**
   * The session's user with the roles they have now: an admin's change of their role or a password
   * they must change takes effect at their next request. Null, and the session ended, for a deleted
   * user or a password changed since the session began. While the database cannot be read, the
   * roles of the session stay (the page itself will say the database is down).
   */
  private SessionUser current(HttpSession session, SessionUser user) {
    if (user == null) {
      return null;
    }
    Optional<User> stored;
    try {
      stored = users.find(user.name());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Roles of the session kept: users not readable", e);
      return user;
    }
    if (stored.isEmpty() || stored.get().sessionGeneration() != user.generation()) {
      session.invalidate();
      return null;
    }
    var now =
        new SessionUser(user.name(), UserIdentityStore.groups(stored.get()), user.generation());
    if (!now.equals(user)) {
      session.setAttribute(SESSION_USER, now);
    }
    return now;
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

  /** A login through the console's form. */
  AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context) {
    if (!(context.getAuthParameters().getCredential() instanceof ClientPasswordCredential login)) {
      return context.doNothing();
    }
    try {
      var outcome = logins.check(login);
      if (outcome.refusal() != null) {
        request.setAttribute(LOCKED_UNTIL, outcome.retryAt());
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (!outcome.isValid()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, outcome.result(), users.find(login.getCaller()).orElseThrow());
      logins.signedIn(login);
      return context.notifyContainerAboutLogin(outcome.result());
    } catch (RuntimeException e) {
      LOG.log(
          DatabaseFaults.isUnreachable(e) ? Level.WARNING : Level.SEVERE, "Login not checked", e);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private static void startSession(
      HttpServletRequest request, CredentialValidationResult result, User user) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            SESSION_USER,
            new SessionUser(
                result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()),
                user.sessionGeneration()));
  }

  /** Until when a failed login's user is locked out, if that is why it failed. */
  public static Instant lockedUntil(HttpServletRequest request) {
    return (Instant) request.getAttribute(LOCKED_UNTIL);
  }
}

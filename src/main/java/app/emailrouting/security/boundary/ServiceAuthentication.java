package app.emailrouting.security.boundary;

import app.emailrouting.database.control.DatabaseFaults;
import app.emailrouting.problems.boundary.Problems;
import app.emailrouting.security.control.ApiKeyCredential;
import app.emailrouting.security.control.ClientPasswordCredential;
import app.emailrouting.security.control.PasswordLogins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the service: every request takes the way in that {@link
 * Access} decides from the path the container serves. REST API calls (and {@code /metrics}) are
 * authenticated from their {@code Authorization} header alone, on every request: HTTP Basic with a
 * console user, or {@code Bearer <api key>}; a session cookie is never read for them, so a
 * cross-site request cannot act through the API. Without a header the call is anonymous, and the
 * resource's role check answers 401. Wrong credentials answer 401 at once; too many logins answer
 * 429 with Retry-After ({@link PasswordLogins}). Console pages need a signed-in session ({@link
 * ConsoleSessions}). Open paths and the simulated Genesys API under {@code /sandbox} (its Bearer
 * tokens are Genesys tokens) get no identity at all.
 */
@ApplicationScoped
public class ServiceAuthentication implements HttpAuthenticationMechanism {

  static final String CHALLENGE = "Basic realm=\"Email Routing\", Bearer";
  private static final Logger LOG = Logger.getLogger(ServiceAuthentication.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject PasswordLogins logins;
  @Inject ClientAddresses addresses;
  @Inject ConsoleSessions console;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()) {
      return console.login(request, context);
    }
    return switch (Access.of(request)) {
      case API -> api(request, response, context);
      case CONSOLE -> console.validate(request, context);
      case OPEN, SIMULATOR -> context.doNothing();
    };
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return context.doNothing();
    }
    Optional<Credential> credential = credential(header, addresses.of(request));
    if (credential.isEmpty()) {
      return refuse(request, response, "The Authorization header must be Basic or Bearer.");
    }
    try {
      return authenticate(credential.get(), request, response, context);
    } catch (RuntimeException e) {
      return failed(request, response, e);
    }
  }

  private AuthenticationStatus authenticate(
      Credential credential,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!(credential instanceof ClientPasswordCredential login)) {
      return outcome(identities.validate(credential), request, response, context);
    }
    var outcome = logins.check(login);
    if (outcome.refusal() != null) {
      return refused(request, response, outcome);
    }
    return outcome(outcome.result(), request, response, context);
  }

  private static AuthenticationStatus outcome(
      CredentialValidationResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return refuse(request, response, "Wrong user name and password, or unknown API key.");
  }

  static Optional<Credential> credential(String header, String address) {
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2) {
      return Optional.empty();
    }
    if ("Bearer".equalsIgnoreCase(parts[0])) {
      return Optional.of(new ApiKeyCredential(parts[1].strip()));
    }
    if (!"Basic".equalsIgnoreCase(parts[0])) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? Optional.empty()
          : Optional.of(
              new ClientPasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1), address));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** Credentials that cannot be checked now: 503 while the database is unreachable. */
  private static AuthenticationStatus failed(
      HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
    if (!DatabaseFaults.isUnreachable(e)) {
      LOG.log(Level.SEVERE, "Credentials could not be checked", e);
      Problems.send(
          request,
          response,
          Problems.INTERNAL_ERROR,
          Response.Status.INTERNAL_SERVER_ERROR,
          "The credentials could not be checked; the server log has the cause.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    response.setHeader("Retry-After", "10");
    Problems.send(
        request,
        response,
        Problems.DATABASE_UNAVAILABLE,
        Response.Status.SERVICE_UNAVAILABLE,
        "The database cannot be reached, so credentials cannot be checked. Try again shortly.");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    Problems.send(
        request, response, Problems.UNAUTHENTICATED, Response.Status.UNAUTHORIZED, detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus refused(
      HttpServletRequest request, HttpServletResponse response, PasswordLogins.Outcome outcome) {
    Instant until = outcome.retryAt();
    long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
    response.setHeader("Retry-After", String.valueOf(seconds));
    String detail =
        outcome.refusal() == PasswordLogins.Outcome.Refusal.LOCKED_OUT
            ? "Too many failed logins for this user from this address: try again after "
            : "Too many logins from this address or for this user just now: try again after ";
    Problems.send(
        request, response, Problems.LOCKED_OUT, Response.Status.TOO_MANY_REQUESTS, detail + until);
    return AuthenticationStatus.SEND_FAILURE;
  }
}

package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.boundary.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics} for viewers and admins (or anyone with {@code security.metrics.public=true}, for
 * a scraper inside a trusted network). Health stays open: load balancers probe it, and it tells
 * only UP or DOWN.
 */
@WebFilter(urlPatterns = "/metrics/*", asyncSupported = true)
public class MonitoringAccess extends HttpFilter {

  @Inject
  @ConfigProperty(name = "security.metrics.public", defaultValue = "false")
  boolean metricsPublic;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (metricsPublic || isReader(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getUserPrincipal() == null) {
      response.setHeader("WWW-Authenticate", ServiceAuthentication.CHALLENGE);
      Problems.send(
          request,
          response,
          Problems.UNAUTHENTICATED,
          Response.Status.UNAUTHORIZED,
          "Metrics need a viewer or admin: HTTP Basic or Bearer with an API key.");
      return;
    }
    Problems.send(
        request,
        response,
        Problems.FORBIDDEN,
        Response.Status.FORBIDDEN,
        "Metrics need the role viewer or admin.");
  }

  private static boolean isReader(HttpServletRequest request) {
    return request.isUserInRole(Role.VIEWER_NAME) || request.isUserInRole(Role.ADMIN_NAME);
  }
}

package app.emailrouting.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer (OWASP Secure Headers): no MIME sniffing, no framing, no
 * referrer, a Content-Security-Policy that allows nothing for the API's JSON and only this origin
 * for pages, HSTS over HTTPS, and no caching of API answers (they carry customer email metadata).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  /** Scripts are PrimeFaces' own policy: a nonce per response (primefaces.CSP). */
  static final String PAGE_POLICY =
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    Access access = Access.of(request);
    boolean api = access == Access.API;
    response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    if (api || access == Access.CONSOLE) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}

package app.emailrouting.problems.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id, answered in {@value #HEADER} and in problem bodies, and
 * written with every error in the server log. A caller's own id is kept when it is a plain token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

  public static final String HEADER = "X-Correlation-Id";
  private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
  private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String given = request.getHeader(HEADER);
    String id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : newId();
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(HEADER, id);
    chain.doFilter(request, response);
  }

  /** The correlation id of a request. */
  public static String of(HttpServletRequest request) {
    Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
    return id == null ? newId() : id.toString();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}

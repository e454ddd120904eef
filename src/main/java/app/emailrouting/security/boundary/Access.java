package app.emailrouting.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which way in a request takes, decided once, on the path the container actually serves: the
 * servlet path and path info, decoded and normalised, without {@code ;} parameters. The raw request
 * URI is never read for this: {@code /requests.xhtml;x}, {@code /requests%2Exhtml} or {@code
 * /api/../failed.xhtml} are served as the console page they name, so they are guarded as that page.
 * Whatever is not named here is a console page: a new path is never open by mistake.
 */
public enum Access {
  /** {@code /api} and {@code /metrics}: the {@code Authorization} header alone, never a session. */
  API,
  /** {@code /sandbox}: the simulated Genesys API, with its own OAuth tokens and gate. */
  SIMULATOR,
  /** Health, OpenAPI, the login page and the console's static resources: no identity at all. */
  OPEN,
  /** Everything else: a signed-in console user, whose roles are read again on each request. */
  CONSOLE;

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  /**
   * Exact paths of servlets a test harness adds ({@code security.open-paths}, none by default),
   * such as Arquillian's test runner: they have no console session to show.
   */
  private static final class Harness {
    static final Set<String> PATHS = configured();

    private static Set<String> configured() {
      try {
        return ConfigProvider.getConfig()
            .getOptionalValue("security.open-paths", String.class)
            .map(paths -> Set.of(paths.split(",")))
            .orElse(Set.of());
      } catch (IllegalStateException noConfiguration) {
        return Set.of();
      }
    }
  }

  public static Access of(HttpServletRequest request) {
    return of(servedPath(request));
  }

  /** The path the container maps: servlet path plus path info. */
  static String servedPath(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  static Access of(String path) {
    if (isUnder(path, "/api") || isUnder(path, "/metrics")) {
      return API;
    }
    if (isUnder(path, "/sandbox")) {
      return SIMULATOR;
    }
    return isOpen(path) ? OPEN : CONSOLE;
  }

  private static boolean isOpen(String path) {
    return isUnder(path, "/health")
        || isUnder(path, "/openapi")
        || path.equals(LOGIN_PAGE)
        || path.startsWith(FACES_RESOURCES)
        || Harness.PATHS.contains(path);
  }

  private static boolean isUnder(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}

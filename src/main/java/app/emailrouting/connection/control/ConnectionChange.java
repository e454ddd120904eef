package app.emailrouting.connection.control;

import app.emailrouting.genesys.control.GenesysRegion;
import app.emailrouting.problems.control.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A validated change of the Genesys connection. The region is kept by its name; a {@code null}
 * secret keeps the current one and an empty one removes it.
 */
public record ConnectionChange(
    String region, String apiUrl, String loginUrl, String clientId, String clientSecret) {

  /** Validates what an admin sent: a bad region or URL is a 400 naming the field. */
  public static ConnectionChange of(
      String region, String apiUrl, String loginUrl, String clientId, String clientSecret) {
    String api = url("apiUrl", apiUrl);
    String login = url("loginUrl", loginUrl);
    String known =
        normalizedRegion(region)
            .or(() -> api != null && login != null ? unlisted(region) : Optional.empty())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "region",
                        "must be a Genesys Cloud region (eu-west-1) or its domain"
                            + " (mypurecloud.ie), or sandbox; another name only with both"
                            + " apiUrl and loginUrl"));
    return new ConnectionChange(
        known, api, login, limited("clientId", clientId, 255), secret(clientSecret));
  }

  /**
   * A region this service does not list (a new one), usable with both URLs given: its name as
   * given, or {@value #UNLISTED} when none is.
   */
  private static Optional<String> unlisted(String region) {
    if (region == null || region.isBlank()) {
      return Optional.of(UNLISTED);
    }
    String name = region.strip().toLowerCase(java.util.Locale.ROOT);
    return name.matches("[a-z0-9][a-z0-9.-]{0,62}") ? Optional.of(name) : Optional.empty();
  }

  /** The region name of a connection set by its URLs alone. */
  public static final String UNLISTED = "custom";

  static Optional<String> normalizedRegion(String region) {
    if (region == null || region.isBlank()) {
      return Optional.empty();
    }
    if (GenesysRegion.SANDBOX.equalsIgnoreCase(region.strip())) {
      return Optional.of(GenesysRegion.SANDBOX);
    }
    return GenesysRegion.of(region).map(GenesysRegion::regionName);
  }

  /**
   * An override URL: https, or http to a loopback host only (a proxy or test server on this
   * machine), since the client secret and customer emails travel over it.
   */
  private static String url(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      if (isAcceptable(uri)) {
        return uri.toString().replaceAll("/+$", "");
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw new InvalidInputException(
        field,
        "must be an absolute https URL without query or user info (http only to a loopback host"
            + " such as 127.0.0.1)");
  }

  private static boolean isAcceptable(URI uri) {
    boolean bare = uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
    return bare && uri.getHost() != null && isSecureFor(uri.getScheme(), uri.getHost());
  }

  private static boolean isSecureFor(String scheme, String host) {
    return "https".equals(scheme) || "http".equals(scheme) && isLoopback(host);
  }

  static boolean isLoopback(String host) {
    String name = host.toLowerCase(java.util.Locale.ROOT);
    return name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
  }

  private static String secret(String value) {
    if (value == null) {
      return null;
    }
    return value.isBlank() ? "" : limited("clientSecret", value, 1024);
  }

  private static String limited(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }
}

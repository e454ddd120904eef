package app.emailrouting.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The OAuth client id and secret of a token request, read from its Basic authorization header. */
public record ClientCredentials(String clientId, String clientSecret) {

  private static final String BASIC = "basic ";

  /** The credentials in {@code Basic base64(id:secret)}; empty when the header is not that. */
  public static Optional<ClientCredentials> fromBasic(String authorization) {
    if (authorization == null || !startsWithIgnoringCase(authorization, BASIC)) {
      return Optional.empty();
    }
    return decoded(authorization.substring(BASIC.length()).strip())
        .filter(pair -> pair.indexOf(':') >= 0)
        .map(pair -> new ClientCredentials(before(pair), after(pair)));
  }

  /** Whether these are the same id and secret, compared in constant time. */
  public boolean matches(ClientCredentials known) {
    return known != null
        && MessageDigest.isEqual(bytes(clientId), bytes(known.clientId))
        && MessageDigest.isEqual(bytes(clientSecret), bytes(known.clientSecret));
  }

  private static byte[] bytes(String text) {
    return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
  }

  public boolean isBlank() {
    return clientId.isBlank() || clientSecret.isBlank();
  }

  /** Never the secret: these credentials may end up in a log line. */
  @Override
  public String toString() {
    return "ClientCredentials[clientId=" + clientId + "]";
  }

  private static Optional<String> decoded(String base64) {
    try {
      return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWithIgnoringCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static String before(String pair) {
    return pair.substring(0, pair.indexOf(':'));
  }

  private static String after(String pair) {
    return pair.substring(pair.indexOf(':') + 1);
  }
}

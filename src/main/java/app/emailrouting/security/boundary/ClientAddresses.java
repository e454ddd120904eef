package app.emailrouting.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a client called from, which failed logins are counted by. It is the peer of the
 * connection, except when that peer is one of the reverse proxies named in {@code
 * security.trusted-proxies} (addresses or CIDR ranges, none by default): then it is the nearest
 * address in {@code X-Forwarded-For} that is not a trusted proxy. Without that setting a proxy's
 * clients would all share its address, and five wrong passwords would lock every user of it out;
 * with it for an untrusted peer, anyone could claim any address.
 */
@ApplicationScoped
public class ClientAddresses {

  /** IPv4 dotted quads and IPv6 (with a colon): neither can be taken for a host name. */
  private static final Pattern IP_LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]{0,40}:[0-9A-Fa-f:.]{1,44}");

  @Inject
  @ConfigProperty(name = "security.trusted-proxies")
  Optional<String> trustedProxies;

  private List<Range> trusted = List.of();

  /** An address or a CIDR range of addresses. */
  record Range(byte[] network, int prefix) {

    static Range of(String text) {
      String[] parts = text.strip().split("/", 2);
      byte[] network = literal(parts[0]).orElseThrow(() -> notAnAddress(text));
      int bits = network.length * 8;
      int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1].strip());
      if (prefix < 0 || prefix > bits) {
        throw notAnAddress(text);
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int shift = network.length * 8 - prefix;
      return new BigInteger(1, address)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }

    private static IllegalArgumentException notAnAddress(String text) {
      return new IllegalArgumentException(
          "security.trusted-proxies: " + text + " is not an IP address or CIDR range");
    }
  }

  @PostConstruct
  void configure() {
    trusted =
        trustedProxies.stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .filter(entry -> !entry.isBlank())
            .map(Range::of)
            .toList();
  }

  /** The address of the client that sent this request. */
  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }

  /**
   * The client's address.
   *
   * @param peer the connection's remote address
   * @param forwardedFor the {@code X-Forwarded-For} header's values, oldest hop first
   */
  String of(String peer, List<String> forwardedFor) {
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> hops =
        forwardedFor.stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .toList();
    String client = peer;
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
      if (literal(hops.get(i)).isEmpty()) {
        return client;
      }
      client = hops.get(i);
    }
    return client;
  }

  private boolean isTrusted(String address) {
    return literal(address)
        .map(bytes -> trusted.stream().anyMatch(range -> range.contains(bytes)))
        .orElse(false);
  }

  /** The bytes of an IP address literal; never a name lookup. */
  static Optional<byte[]> literal(String text) {
    if (text == null || !IP_LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}

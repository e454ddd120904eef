package app.emailrouting.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: for the requests a well-behaved client
 * would never send (a path with {@code ;} parameters, encoded dots, {@code ..}; invalid UTF-8;
 * headers a client library refuses), which is what an attacker sends.
 */
public final class RawHttp {

  private final String host;
  private final int port;

  public RawHttp(URL base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  /** One answer: status, headers (names in lower case), body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body.substring(0, Math.min(body.length(), 300));
    }
  }

  /**
   * Sends a request.
   *
   * @param headers whole header lines ({@code "Name: value"}), sent as they are
   */
  public Answer send(String method, String target, byte[] body, String... headers) {
    var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    head.append("Connection: close\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (var socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  public Answer get(String target, String... headers) {
    return send("GET", target, null, headers);
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    if (lines.length == 0 || lines[0].split(" ").length < 2) {
      return new Answer(0, Map.of(), text);
    }
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new Answer(status, headers, body);
  }

  /** A JSON body as UTF-8 bytes. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The Basic authorization header line for a name and password. */
  public static String basic(String user, String password) {
    return "Authorization: " + Api.basic(user, password);
  }

  /** Builds a body out of ByteArrayOutputStream-friendly parts (text and raw bytes). */
  public static byte[] bytes(Object... parts) {
    var out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] chunk = part instanceof byte[] raw ? raw : utf8(String.valueOf(part));
      out.writeBytes(chunk);
    }
    return out.toByteArray();
  }
}

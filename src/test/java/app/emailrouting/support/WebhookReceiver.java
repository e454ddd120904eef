package app.emailrouting.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A CRM's webhook endpoint for tests: an HTTP server on the loopback interface that keeps every
 * call (headers, body, when it came) and answers 500 to the first {@code failFirst} calls, 200 to
 * the others. It verifies signatures as the Standard Webhooks specification says, independently of
 * the service's code.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One call as the endpoint got it. */
  public record Call(
      String id, String timestamp, String signature, String body, Instant at, int answered) {}

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hooks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status = failFirst.getAndDecrement() > 0 ? 500 : 200;
          var headers = exchange.getRequestHeaders();
          synchronized (calls) {
            calls.add(
                new Call(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    body,
                    Instant.now(),
                    status));
          }
          byte[] answer = (status == 200 ? "ok" : "try again").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  /** Answers 500 to the next {@code count} calls. */
  public WebhookReceiver failNext(int count) {
    failFirst.set(count);
    return this;
  }

  public List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /**
   * The calls whose webhook-id is {@code text} or whose body contains it, waited for until there
   * are {@code count}.
   */
  public List<Call> await(String text, int count, Duration within) {
    Api.await(count + " webhook call(s) with " + text, within, () -> with(text).size() >= count);
    return with(text);
  }

  private List<Call> with(String text) {
    return calls().stream().filter(c -> text.equals(c.id()) || c.body().contains(text)).toList();
  }

  /** Whether the call's signature is the one the secret makes. */
  public static boolean signedWith(String secret, Call call) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      String expected =
          "v1,"
              + Base64.getEncoder()
                  .encodeToString(
                      mac.doFinal(
                          (call.id() + "." + call.timestamp() + "." + call.body())
                              .getBytes(StandardCharsets.UTF_8)));
      return List.of(call.signature().split(" ")).contains(expected);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

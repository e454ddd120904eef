package app.emailrouting.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Genesys Cloud fake over real HTTP, separate from the product's own sandbox: it records every
 * call as received and answers the create email call with scripted replies (then success), so that
 * tests can check what the service sends and how it takes each answer.
 */
public final class GenesysFake implements AutoCloseable {

  /** One call as the fake received it. */
  public record Call(
      Instant at,
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** A scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<Call, Integer> answered = new java.util.concurrent.ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<Reply> emailReplies = new ConcurrentLinkedDeque<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile int queueCount;

  private GenesysFake(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/oauth/token", exchange -> answer(exchange, token()));
    server.createContext("/api/v2/conversations/emails", exchange -> answer(exchange, email()));
    server.createContext("/api/v2/routing/queues", exchange -> answer(exchange, queues(exchange)));
    for (String empty :
        List.of("/api/v2/routing/skills", "/api/v2/routing/languages", "/api/v2/flows")) {
      server.createContext(empty, exchange -> answer(exchange, listing(exchange, 0)));
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  public static GenesysFake start(int port) throws IOException {
    return new GenesysFake(port);
  }

  /** The next create email calls get these answers, in order; later ones succeed. */
  public void script(Reply... replies) {
    emailReplies.addAll(List.of(replies));
  }

  /** The organization has this many queues, {@code Queue 1} to {@code Queue n}; 0 after reset. */
  public void queues(int count) {
    queueCount = count;
  }

  /** The status the fake answered this call with; 0 before it answered. */
  public int answeredStatus(Call call) {
    return answered.getOrDefault(call, 0);
  }

  public List<Call> calls(String path) {
    return calls.stream().filter(call -> call.path().equals(path)).toList();
  }

  public void reset() {
    calls.clear();
    answered.clear();
    emailReplies.clear();
    queueCount = 0;
  }

  private Reply token() {
    String token = "fake-token-" + tokens.incrementAndGet();
    return new Reply(
        200,
        Map.of(),
        "{\"access_token\": \"" + token + "\", \"token_type\": \"bearer\", \"expires_in\": 3600}",
        0);
  }

  private Reply email() {
    Reply scripted = emailReplies.pollFirst();
    if (scripted != null) {
      return scripted;
    }
    String id = UUID.randomUUID().toString();
    return new Reply(
        200,
        Map.of(),
        "{\"id\": \""
            + id
            + "\", \"otherMediaUris\": [], \"selfUri\": \"/api/v2/conversations/emails/"
            + id
            + "\"}",
        0);
  }

  private Reply queues(HttpExchange exchange) {
    return listing(exchange, queueCount);
  }

  /** A page of a Genesys listing of {@code total} entities, as its query asks for it. */
  private static Reply listing(HttpExchange exchange, int total) {
    Map<String, String> query = query(exchange.getRequestURI().getQuery());
    int number = Integer.parseInt(query.getOrDefault("pageNumber", "1"));
    int size = Integer.parseInt(query.getOrDefault("pageSize", "25"));
    String entities =
        java.util.stream.IntStream.rangeClosed(
                (number - 1) * size + 1, Math.min(total, number * size))
            .mapToObj(i -> "{\"id\": \"queue-%d\", \"name\": \"Queue %d\"}".formatted(i, i))
            .collect(java.util.stream.Collectors.joining(", "));
    String body =
        "{\"entities\": [%s], \"pageSize\": %d, \"pageNumber\": %d, \"total\": %d, \"pageCount\": %d}"
            .formatted(entities, size, number, total, (total + size - 1) / size);
    return new Reply(200, Map.of(), body, 0);
  }

  private static Map<String, String> query(String query) {
    if (query == null || query.isEmpty()) {
      return Map.of();
    }
    return java.util.Arrays.stream(query.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            java.util.stream.Collectors.toMap(
                pair -> pair[0], pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
  }

  private void answer(HttpExchange exchange, Reply reply) throws IOException {
    // recorded before answering, so that a test sees the call even if the client gave up
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    var call =
        new Call(
            Instant.now(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestURI().getQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    calls.add(call);
    sleep(reply.delayMillis());
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("ININ-Correlation-Id", UUID.randomUUID().toString());
    reply.headers().forEach(exchange.getResponseHeaders()::add);
    try {
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      answered.put(call, reply.status());
    } catch (IOException clientGone) {
      // the client timed out: nothing to answer
    } finally {
      exchange.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

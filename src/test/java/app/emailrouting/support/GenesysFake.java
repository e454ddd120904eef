package app.emailrouting.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Genesys Cloud fake over real HTTP, separate from the product's own sandbox: it records every
 * call as received and answers the create email call with scripted replies (then success), so that
 * tests can check what the service sends and how it takes each answer.
 *
 * <p>For the reliability suites it also has a create delay and a {@link Fault} switched at run
 * time, keeps a {@link CreateEmailLedger} of what each routing request's calls created, and counts
 * the create calls it has not answered yet. Its pool is large so that hung calls do not starve the
 * others.
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

  /** How the create email call answers while no scripted reply is left. */
  public enum Fault {
    /** A conversation, after the create delay. */
    NONE,
    /** 429 with {@code Retry-After}. */
    RATE_LIMITED,
    /** 500, 502, 503 and 504 in turn, with Genesys' error body. */
    SERVER_ERRORS,
    /** No answer for the hang time, then a conversation nobody may read any more. */
    HANGS,
    /** The connection closed after the request was read, without an answer. */
    RESETS,
    /** 200 with an HTML page instead of JSON. */
    UNREADABLE
  }

  /** Thrown by a handler to make the HTTP server close the connection without any answer. */
  private static final class ConnectionReset extends RuntimeException {
    ConnectionReset() {
      super("connection reset by the Genesys fake", null, false, false);
    }
  }

  private static final int THREADS = 64;

  /**
   * The call each exchange in progress carries, and when it came: not exchange attributes, which
   * the JDK's server keeps per context, shared by every exchange at once.
   */
  private final Map<HttpExchange, Call> inProgress = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<HttpExchange, Long> receivedAt = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int[] SERVER_ERRORS = {500, 502, 503, 504};

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<Call, Integer> answered = new java.util.concurrent.ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<Reply> emailReplies = new ConcurrentLinkedDeque<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile int queueCount;
  private final CreateEmailLedger ledger = new CreateEmailLedger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;
  private volatile long minDelayMillis;
  private volatile long maxDelayMillis;
  private volatile int retryAfterSeconds = 45;
  private volatile long hangMillis = 30_000;
  private volatile long unknownAfterMillis = Long.MAX_VALUE;
  private volatile int perMinute;
  private final Map<String, java.util.ArrayDeque<Long>> windows =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicInteger overLimit = new AtomicInteger();

  private GenesysFake(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.createContext("/oauth/token", exchange -> answer(exchange, token()));
    // what the service's probe reads to resume a paused pipeline
    server.createContext(
        "/api/v2/tokens/me",
        exchange ->
            answer(
                exchange,
                new Reply(
                    200,
                    Map.of(),
                    "{\"organization\": {\"id\": \"fake-org\", \"name\": \"Fake Org\"},"
                        + " \"OAuthClient\": {\"id\": \"fake-client\", \"name\": \"Fake\"}}",
                    0)));
    server.createContext("/api/v2/conversations/emails", this::createEmail);
    server.createContext("/api/v2/routing/queues", exchange -> answer(exchange, queues(exchange)));
    for (String empty :
        List.of("/api/v2/routing/skills", "/api/v2/routing/languages", "/api/v2/flows")) {
      server.createContext(empty, exchange -> answer(exchange, listing(exchange, 0)));
    }
    server.setExecutor(Executors.newFixedThreadPool(THREADS));
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
    fault = Fault.NONE;
    createDelay(0, 0);
    ledger.clear();
    limitPerMinute(0);
  }

  /** Each create email call waits a random time between these before it is answered. */
  public void createDelay(long minMillis, long maxMillis) {
    minDelayMillis = minMillis;
    maxDelayMillis = Math.max(minMillis, maxMillis);
  }

  /** How create email calls answer from now on. */
  public void fault(Fault fault) {
    this.fault = fault;
  }

  public Fault fault() {
    return fault;
  }

  /** The Retry-After of {@link Fault#RATE_LIMITED}, 45 s unless set. */
  public void retryAfterSeconds(int seconds) {
    retryAfterSeconds = seconds;
  }

  /** How long {@link Fault#HANGS} holds a call, 30 s unless set. */
  public void hangMillis(long millis) {
    hangMillis = millis;
  }

  /**
   * Answers written this long after the call came count as unknown outcomes: set it a little under
   * the service's read timeout, since the fake cannot see whether a client that timed out still
   * read what was written (the bytes go to the socket buffer all the same).
   */
  public void unknownAfterMillis(long millis) {
    unknownAfterMillis = millis;
  }

  /** What each routing request's create email calls made. */
  public CreateEmailLedger ledger() {
    return ledger;
  }

  /** Create email calls received and not answered yet (in their delay, hung, or being written). */
  public int openExchanges() {
    return open.get();
  }

  /**
   * Answers a create email call: a scripted reply first, else by the current fault. The call is on
   * the ledger from the moment it is read.
   */
  private void createEmail(HttpExchange exchange) throws IOException {
    open.incrementAndGet();
    receivedAt.put(exchange, System.nanoTime());
    try {
      Call call = record(exchange);
      inProgress.put(exchange, call);
      String screenPop = screenPop(call.body());
      ledger.called(screenPop);
      Reply limited = overLimit(call);
      if (limited != null) {
        send(exchange, screenPop, limited);
        return;
      }
      Reply scripted = emailReplies.pollFirst();
      if (scripted != null) {
        sleep(scripted.delayMillis());
        send(exchange, screenPop, scripted);
        return;
      }
      sleep(createDelay());
      answerByFault(exchange, screenPop, fault);
    } finally {
      inProgress.remove(exchange);
      receivedAt.remove(exchange);
      open.decrementAndGet();
    }
  }

  private void answerByFault(HttpExchange exchange, String screenPop, Fault current)
      throws IOException {
    switch (current) {
      case NONE -> created(exchange, screenPop);
      case RATE_LIMITED -> send(exchange, screenPop, rateLimited());
      case SERVER_ERRORS -> send(exchange, screenPop, serverError());
      case HANGS -> hang(exchange, screenPop);
      case RESETS -> reset(screenPop);
      case UNREADABLE -> unreadable(exchange, screenPop);
    }
  }

  private void created(HttpExchange exchange, String screenPop) throws IOException {
    String id = UUID.randomUUID().toString();
    ledger.created(screenPop, id);
    send(exchange, screenPop, conversation(id));
  }

  private void hang(HttpExchange exchange, String screenPop) throws IOException {
    ledger.unknownOutcome(screenPop);
    sleep(hangMillis);
    created(exchange, screenPop);
  }

  private void reset(String screenPop) {
    ledger.unknownOutcome(screenPop);
    // com.sun.net.httpserver closes the connection of a handler that throws before answering:
    // the client reads end of stream where it waits for a status line
    throw new ConnectionReset();
  }

  private void unreadable(HttpExchange exchange, String screenPop) throws IOException {
    ledger.unreadable(screenPop);
    send(
        exchange,
        screenPop,
        new Reply(
            200,
            Map.of("Content-Type", "text/html"),
            "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
                + "<body><h1>We will be back soon</h1></body></html>",
            0));
  }

  /**
   * Answers and notes whether the client surely knows the outcome: a 500, a 504 or an answer that
   * could not be written leaves it unknown.
   */
  private void send(HttpExchange exchange, String screenPop, Reply reply) {
    boolean written = write(exchange, reply);
    if (written) {
      answered.put(inProgress.get(exchange), reply.status());
    }
    if (!written || late(exchange) || reply.status() == 500 || reply.status() == 504) {
      ledger.unknownOutcome(screenPop);
    }
  }

  private boolean late(HttpExchange exchange) {
    long received = receivedAt.get(exchange);
    return Duration.ofNanos(System.nanoTime() - received).toMillis() > unknownAfterMillis;
  }

  private Reply rateLimited() {
    return rateLimited(retryAfterSeconds);
  }

  private Reply rateLimited(int seconds) {
    return error(
        429,
        "too.many.requests.retry.after",
        "Rate limit exceeded the maximum. Retry the request in [%d] seconds".formatted(seconds),
        Map.of("Retry-After", String.valueOf(seconds)));
  }

  /**
   * Enforces Genesys' per-token rate limit on create email, as Genesys does: past {@code perMinute}
   * calls of one token in any 60 s, a 429 whose Retry-After is the time until the window has room
   * again. 0 (the default) enforces none.
   */
  public void limitPerMinute(int perMinute) {
    this.perMinute = perMinute;
    windows.clear();
    overLimit.set(0);
  }

  /** The 429s the per-token limit answered since it was set. */
  public int overLimitAnswers() {
    return overLimit.get();
  }

  private Reply overLimit(Call call) {
    int limit = perMinute;
    if (limit <= 0) {
      return null;
    }
    long minute = Duration.ofMinutes(1).toNanos();
    var window =
        windows.computeIfAbsent(
            String.valueOf(call.header("Authorization")), token -> new java.util.ArrayDeque<>());
    synchronized (window) {
      long now = System.nanoTime();
      while (!window.isEmpty() && now - window.peekFirst() >= minute) {
        window.pollFirst();
      }
      if (window.size() < limit) {
        window.addLast(now);
        return null;
      }
      overLimit.incrementAndGet();
      long wait = minute - (now - window.peekFirst());
      return rateLimited((int) Math.max(1, Math.ceil(wait / 1e9)));
    }
  }

  private Reply serverError() {
    int status = SERVER_ERRORS[Math.floorMod(serverErrors.getAndIncrement(), SERVER_ERRORS.length)];
    return switch (status) {
      case 500 -> error(500, "internal.server.error", "The server encountered an error.", Map.of());
      case 502 -> error(502, "bad.gateway", "The upstream service did not answer.", Map.of());
      case 503 -> error(503, "service.unavailable", "Service is currently unavailable.", Map.of());
      default -> error(504, "request.timeout", "The request timed out.", Map.of());
    };
  }

  /** A Platform API error in Genesys' ErrorBody shape. */
  private static Reply error(int status, String code, String message, Map<String, String> headers) {
    String body =
        ("{\"message\": \"%s\", \"code\": \"%s\", \"status\": %d, \"messageParams\": {},"
                + " \"contextId\": \"%s\", \"details\": [], \"errors\": []}")
            .formatted(message, code, status, UUID.randomUUID());
    return new Reply(status, headers, body, 0);
  }

  private long createDelay() {
    long min = minDelayMillis;
    long max = maxDelayMillis;
    return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
  }

  /** The routing request a create email body is for: its {@code attributes.SF_URLPop}. */
  private static String screenPop(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonObject attributes = reader.readObject().getJsonObject("attributes");
      return attributes == null ? "" : attributes.getString("SF_URLPop", "");
    } catch (RuntimeException unreadable) {
      return "";
    }
  }

  private Reply token() {
    String token = "fake-token-" + tokens.incrementAndGet();
    return new Reply(
        200,
        Map.of(),
        "{\"access_token\": \"" + token + "\", \"token_type\": \"bearer\", \"expires_in\": 3600}",
        0);
  }

  private static Reply conversation(String id) {
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
    Call call = record(exchange);
    sleep(reply.delayMillis());
    if (write(exchange, reply)) {
      answered.put(call, reply.status());
    }
  }

  /** Records a call before answering, so that a test sees it even if the client gave up. */
  private Call record(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Call call =
        new Call(
            Instant.now(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestURI().getQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    calls.add(call);
    return call;
  }

  /** Writes the whole answer; false when the client had gone (timed out or closed). */
  private static boolean write(HttpExchange exchange, Reply reply) {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    if (!reply.headers().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.getResponseHeaders().add("ININ-Correlation-Id", UUID.randomUUID().toString());
    reply.headers().forEach(exchange.getResponseHeaders()::add);
    try {
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.getResponseBody().flush();
      return true;
    } catch (IOException clientGone) {
      return false;
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

package app.emailrouting.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** A small HTTP client for the service's REST API, as a CRM automation or script would call it. */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The built-in admin's password and the INTAKE_API_KEY the test containers start with. */
  public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  public static final String INTAKE_KEY = System.getProperty("it.intake.key");

  private final URI base;
  private final String authorization;

  /** The API as the built-in admin calls it. */
  public Api(URL deployment) {
    this(URI.create(deployment.toString().replaceAll("/?$", "/")), basic("admin", ADMIN_PASSWORD));
  }

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The same API called with this Authorization header, or none for null. */
  public Api as(String authorization) {
    return new Api(base, authorization);
  }

  public Api anonymous() {
    return as(null);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static String bearer(String key) {
    return "Bearer " + key;
  }

  /** The server root, where MicroProfile serves /health, /metrics and /openapi. */
  public Api root() {
    try {
      return new Api(base.resolve("/").toURL()).as(authorization);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Points the service at its built-in sandbox, whatever an earlier test set. */
  public void useSandbox() {
    Answer answer =
        send(
            "PUT",
            "api/genesys-connection",
            "application/json",
            BodyPublishers.ofString("{\"region\": \"sandbox\", \"clientSecret\": \"\"}"));
    if (answer.status() != 200) {
      throw new IllegalStateException("Sandbox connection not set: " + answer);
    }
  }

  /**
   * A fresh start for a test: the service routes to its sandbox, the sandbox is back to its seed
   * data without faults, and routing runs.
   */
  public void freshSandbox() {
    useSandbox();
    requireOk(post("api/sandbox/reset", ""), "Sandbox not reset");
    requireOk(post("api/routing-pipeline/resume", ""), "Routing not resumed");
  }

  private static void requireOk(Answer answer, String what) {
    if (answer.status() != 200) {
      throw new IllegalStateException(what + ": " + answer);
    }
  }

  /**
   * Pauses routing as bad credentials do: the sandbox (the connection in use) refuses the client
   * and the tokens it gave, a request fails, and the pipeline pauses itself.
   */
  public void pauseRouting() {
    sandboxFaults("{\"wrongCredentials\": true, \"expiredTokens\": true}");
    Answer accepted =
        post(
            "api/routing-requests",
            jakarta.json.Json.createObjectBuilder()
                .add("externalId", "pause-" + java.util.UUID.randomUUID())
                .add("queueId", app.emailrouting.sandbox.control.SeedData.SUPPORT_QUEUE_ID)
                .build()
                .toString());
    awaitStatus(
        accepted.json().getJsonNumber("id").longValue(), Set.of("FAILED"), Duration.ofSeconds(10));
    await(
        "routing paused",
        Duration.ofSeconds(10),
        () -> "PAUSED".equals(get("api/routing-pipeline").json().getString("state")));
  }

  /** Sets the sandbox's fault switches, e.g. {@code {"wrongCredentials": true}}. */
  public void sandboxFaults(String switches) {
    changeSandbox("{\"faults\": " + switches + "}");
  }

  /**
   * Changes the sandbox as {@code PUT /api/sandbox} does (e.g. its queues, to model options changed
   * in Genesys Cloud); fails unless it was changed.
   */
  public Answer changeSandbox(String changes) {
    Answer answer =
        send("PUT", "api/sandbox", "application/json", BodyPublishers.ofString(changes));
    if (answer.status() != 200) {
      throw new IllegalStateException("Sandbox not changed: " + answer);
    }
    return answer;
  }

  /** Retrieve Options, started once none runs, and waited for until it has succeeded. */
  public void retrieveOptions() {
    await(
        "no retrieval running",
        Duration.ofSeconds(30),
        () -> post("api/routing-options/retrieve", "").status() == 202);
    await(
        "options retrieved",
        Duration.ofSeconds(30),
        () -> "SUCCEEDED".equals(get("api/routing-options/retrieval").json().getString("state")));
  }

  /**
   * Accepts {@code count} requests to a queue, marked with a subject, and waits until each has
   * failed: their ids.
   */
  public List<Long> acceptFailed(String subject, String queueId, int count) {
    var ids = new java.util.ArrayList<Long>();
    for (int i = 0; i < count; i++) {
      Answer accepted =
          post(
              "api/routing-requests",
              jakarta.json.Json.createObjectBuilder()
                  .add("externalId", java.util.UUID.randomUUID().toString())
                  .add("subject", subject)
                  .add("queueId", queueId)
                  .build()
                  .toString());
      if (accepted.status() != 202) {
        throw new IllegalStateException("Not accepted: " + accepted);
      }
      ids.add(accepted.json().getJsonNumber("id").longValue());
    }
    ids.forEach(id -> awaitStatus(id, Set.of("FAILED"), Duration.ofSeconds(15)));
    return ids;
  }

  /** Reads a routing request until it has one of the statuses, or the time is up. */
  public JsonObject awaitStatus(long id, Set<String> statuses, Duration within) {
    Instant deadline = Instant.now().plus(within);
    JsonObject request = get("api/routing-requests/" + id).json();
    while (!statuses.contains(request.getString("status")) && Instant.now().isBefore(deadline)) {
      pause(50);
      request = get("api/routing-requests/" + id).json();
    }
    if (!statuses.contains(request.getString("status"))) {
      throw new AssertionError(
          "Expected status in " + statuses + " within " + within + ": " + request);
    }
    return request;
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the condition holds, checking every 100 ms; fails after {@code within}. */
  public static void await(String what, Duration within, BooleanSupplier condition) {
    Instant end = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Not within " + within + ": " + what);
      }
      pause(100);
    }
  }

  /** A console user and the password an admin gave them. */
  public record User(String name, String password) {}

  /**
   * Makes a console user with a role (as this API's caller, an admin); it must change the password.
   */
  public User createUser(String role) {
    var user =
        new User(
            role + "-" + java.util.UUID.randomUUID().toString().substring(0, 8),
            "given-Passw0rd-" + java.util.UUID.randomUUID());
    Answer created =
        post(
            "api/users",
            jakarta.json.Json.createObjectBuilder()
                .add("name", user.name())
                .add("password", user.password())
                .add("role", role)
                .build()
                .toString());
    if (created.status() != 201) {
      throw new IllegalStateException("User not created: " + created);
    }
    return user;
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  /** A request with extra headers, such as If-Match. */
  public Answer send(
      String method, String path, String contentType, BodyPublisher body, String... headers) {
    var request = request(path).method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  private HttpRequest.Builder request(String path) {
    var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private static BodyPublisher body(String json) {
    return BodyPublishers.ofString(json);
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());
      return new Answer(response);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String text() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status() + " " + text();
    }
  }
}

package app.emailrouting.bench;

import app.emailrouting.reliability.ReliabilitySettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An admin of the service, the way one reads it: the API with an admin API key, the console in a
 * signed-in session (cookie), each read timed from request to the last byte of the answer.
 */
final class SignedIn {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern LOGIN_ACTION =
      Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");

  /** Untimed reads before the timed ones, of each page and of all of them together. */
  private static final int WARM_UP = 20;

  private final URI base;
  private final String apiKey;
  private final HttpClient console;

  private SignedIn(URI base, String apiKey, HttpClient console) {
    this.base = base;
    this.apiKey = apiKey;
    this.console = console;
  }

  /** Creates an admin API key (once, with the admin's password) and signs in to the console. */
  static SignedIn admin(URI base) throws IOException, InterruptedException {
    HttpClient api = HttpClient.newHttpClient();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + ReliabilitySettings.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    var created =
        api.send(
            HttpRequest.newBuilder(base.resolve("api/api-keys"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"name\": \"bench\", \"role\": \"admin\"}"))
                .build(),
            BodyHandlers.ofString());
    require(created, 201);
    String key = json(created.body()).getString("key");

    HttpClient console =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    var login =
        console.send(
            HttpRequest.newBuilder(base.resolve("login.xhtml")).build(), BodyHandlers.ofString());
    require(login, 200);
    String form =
        "login=login&login%3Auser=admin&login%3Apassword="
            + URLEncoder.encode(ReliabilitySettings.ADMIN_PASSWORD, StandardCharsets.UTF_8)
            + "&login%3Asign-in=&jakarta.faces.ViewState="
            + URLEncoder.encode(find(VIEW_STATE, login.body()), StandardCharsets.UTF_8);
    var signedIn =
        console.send(
            HttpRequest.newBuilder(base.resolve(find(LOGIN_ACTION, login.body())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build(),
            BodyHandlers.ofString());
    require(signedIn, 200);
    if (signedIn.body().contains("id=\"login\"")) {
      throw new IllegalStateException("The console did not sign the admin in");
    }
    return new SignedIn(base, key, console);
  }

  /** Reads each console page and API path {@link #WARM_UP} times, untimed. */
  void warmUp(List<String> pages, List<String> apiPaths) throws IOException, InterruptedException {
    for (int i = 0; i < WARM_UP; i++) {
      for (String page : pages) {
        require(
            console.send(
                HttpRequest.newBuilder(base.resolve(page)).build(), BodyHandlers.ofString()),
            200);
      }
      for (String path : apiPaths) {
        require(send(apiRequest(path).GET()), 200);
      }
    }
  }

  /** A JSON answer of the API, asserted 200. */
  JsonObject api(String path) throws IOException, InterruptedException {
    return json(require(send(apiRequest(path).GET()), 200).body());
  }

  /** A JSON answer of the API to a POST, asserted to have the status given. */
  JsonObject post(String path, String body, int status) throws IOException, InterruptedException {
    var request =
        apiRequest(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body));
    return json(require(send(request), status).body());
  }

  /** The times of {@code samples} reads of an API path, after a warm-up. */
  Timings timeApi(String path, int samples) throws IOException, InterruptedException {
    return time(() -> require(send(apiRequest(path).GET()), 200), samples);
  }

  /** The same for a console page, read in the signed-in session. */
  Timings timePage(String page, int samples) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(page)).build();
    return time(
        () -> {
          var answer = require(console.send(request, BodyHandlers.ofString()), 200);
          if (answer.body().contains("id=\"login\"")) {
            throw new IllegalStateException(page + " showed the sign-in page");
          }
          return answer;
        },
        samples);
  }

  private HttpRequest.Builder apiRequest(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + apiKey);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return console.send(request.build(), BodyHandlers.ofString());
  }

  private interface Read {
    HttpResponse<String> run() throws IOException, InterruptedException;
  }

  private static Timings time(Read read, int samples) throws IOException, InterruptedException {
    for (int i = 0; i < WARM_UP; i++) {
      read.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      read.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Timings(millis);
  }

  /** Read times in milliseconds. */
  record Timings(List<Double> millis) {

    Timings {
      millis = new ArrayList<>(millis);
      Collections.sort(millis);
    }

    double at(double quantile) {
      return millis.get(Math.max(0, (int) Math.ceil(quantile * millis.size()) - 1));
    }
  }

  private static HttpResponse<String> require(HttpResponse<String> answer, int status) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().method()
              + " "
              + answer.uri()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body().substring(0, Math.min(500, answer.body().length())));
    }
    return answer;
  }

  private static String find(Pattern pattern, String page) {
    var matcher = pattern.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("Not found in the page: " + pattern);
    }
    return matcher.group(1).replace("&amp;", "&");
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}

package app.emailrouting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR on the full Payara Server 6, as an operator installs it: a new domain (ports from 28000,
 * apart from the other test runs), started with the service's settings in its environment
 * (PostgreSQL, the admin password, an intake key), the WAR deployed at {@code /}, one routing
 * request accepted over HTTP and routed to the built-in sandbox, the domain stopped.
 */
class PayaraServerSmoke {

  private static final int PORT_BASE = 28000;
  private static final int HTTP_PORT = PORT_BASE + 80;
  private static final int ADMIN_PORT = PORT_BASE + 48;
  private static final String DOMAIN = "smoke";
  private static final String INTAKE_KEY = "smoke-intake-key-0123456789abcdef";
  private static final Pattern SCHEMA = Pattern.compile("currentSchema=([A-Za-z0-9_]+)");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home =
      Path.of(System.getProperty("payara.server.home", "target/payara-server/payara6"));
  private final Path domains = Path.of("target", "payara-server-domains").toAbsolutePath();
  private final String dbUrl =
      System.getProperty(
          "payara.server.db.url",
          "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=email_routing_payara");
  private final URI base = URI.create("http://127.0.0.1:" + HTTP_PORT + "/");

  @Test
  void theWarRunsOnPayaraServerAndRoutesARequest() throws Exception {
    recreateSchema();
    deleteTree(domains);
    Instant begun = Instant.now();
    asadmin(
        Map.of(),
        "create-domain",
        "--nopassword",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--domaindir",
        domains.toString(),
        DOMAIN);
    Instant created = Instant.now();
    Map<String, String> settings =
        Map.of(
            "PORT",
            String.valueOf(HTTP_PORT),
            "DATA_DIR",
            domains.resolve("data").toString(),
            "DB_URL",
            dbUrl,
            "DB_USER",
            "postgres",
            "DB_PASSWORD",
            "postgres",
            "ADMIN_PASSWORD",
            "smoke-Admin-Passw0rd",
            "INTAKE_API_KEY",
            INTAKE_KEY);
    try {
      asadmin(settings, "start-domain", "--domaindir", domains.toString(), DOMAIN);
      Instant started = Instant.now();
      asadmin(
          Map.of(),
          "--port",
          String.valueOf(ADMIN_PORT),
          "deploy",
          "--contextroot",
          "/",
          "--name",
          "email-routing",
          Path.of(System.getProperty("routing.war", "target/email-routing.war"))
              .toAbsolutePath()
              .toString());
      Instant deployed = Instant.now();
      Api.await("ready", Duration.ofMinutes(2), () -> status("health/ready") == 200);

      String externalId = "payara-server-" + UUID.randomUUID();
      var accepted =
          HTTP.send(
              HttpRequest.newBuilder(base.resolve("api/routing-requests"))
                  .header("Authorization", "Bearer " + INTAKE_KEY)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"externalId\": \""
                              + externalId
                              + "\", \"queueId\": \"142e8c57-4924-4f80-a5ac-cc7c198aa566\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      String location = accepted.headers().firstValue("Location").orElseThrow();
      Api.await(
          "routed to the sandbox",
          Duration.ofSeconds(30),
          () -> body(URI.create(location)).contains("\"status\":\"ROUTED\""));
      assertThat(body(URI.create(location))).contains("\"conversationId\":\"");
      Instant routed = Instant.now();
      assertThat(countRouted(externalId)).as("stored in PostgreSQL").isEqualTo(1);
      System.out.printf(
          "PAYARA_SERVER create_domain_s=%.1f start_domain_s=%.1f deploy_s=%.1f routed_s=%.1f%n",
          seconds(begun, created),
          seconds(created, started),
          seconds(started, deployed),
          seconds(deployed, routed));
    } finally {
      asadmin(Map.of(), "stop-domain", "--domaindir", domains.toString(), DOMAIN);
    }
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  /** The answer's status, or -1 while the server does not answer. */
  private int status(String path) {
    var answer = get(base.resolve(path));
    return answer == null ? -1 : answer.statusCode();
  }

  /** The answer's body, or "" while the server does not answer. */
  private static String body(URI uri) {
    var answer = get(uri);
    return answer == null ? "" : answer.body();
  }

  private static HttpResponse<String> get(URI uri) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(10))
              .header("Authorization", "Bearer " + INTAKE_KEY)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException notYet) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs asadmin with these environment variables added; fails unless it succeeds. */
  private void asadmin(Map<String, String> environment, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("asadmin").toString());
    command.addAll(List.of(arguments));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("asadmin " + arguments[0]).isTrue();
    assertThat(process.exitValue())
        .as("asadmin " + String.join(" ", arguments) + "\n" + output)
        .isZero();
  }

  private void recreateSchema() throws SQLException {
    Matcher schema = SCHEMA.matcher(dbUrl);
    assertThat(schema.find()).as("currentSchema in " + dbUrl).isTrue();
    try (var connection =
            DriverManager.getConnection(
                dbUrl.replaceAll("[?&]currentSchema=[^&]*", ""), "postgres", "postgres");
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema.group(1) + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema.group(1));
    }
  }

  private long countRouted(String externalId) throws SQLException {
    try (var connection = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM routing_request WHERE external_id = ? AND status = 'ROUTED'")) {
      statement.setString(1, externalId);
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}

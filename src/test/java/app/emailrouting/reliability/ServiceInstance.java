package app.emailrouting.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built WAR on Payara Micro as a separate operating system process, started the way an operator
 * starts one instance of a cluster: its own HTTP port, data directory and Hazelcast port, the
 * shared database and secret key, configuration from environment variables and {@code -D} options.
 * {@link #kill()} is a crash (SIGKILL: nothing runs in the service after it), {@link #stop()} a
 * graceful shutdown. Every instance still running when the test JVM exits is killed.
 */
public final class ServiceInstance implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(180);
  private static final int SIGKILL_EXIT = 128 + 9;
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  /** How to start one instance. */
  public record Settings(
      String name,
      int port,
      int hazelcastPort,
      String clusterName,
      Map<String, String> environment,
      Map<String, String> properties) {

    /** The same settings with these environment variables added (or replaced). */
    public Settings withEnvironment(Map<String, String> more) {
      var merged = new LinkedHashMap<>(environment);
      merged.putAll(more);
      return new Settings(name, port, hazelcastPort, clusterName, merged, properties);
    }
  }

  private final Settings settings;
  private final Process process;
  private final URI url;

  private ServiceInstance(Settings settings, Process process) {
    this.settings = settings;
    this.process = process;
    this.url = URI.create("http://127.0.0.1:" + settings.port() + "/");
  }

  /** Starts an instance and waits until it is ready (its database reachable, the WAR deployed). */
  public static ServiceInstance start(Settings settings) {
    ServiceInstance instance = launch(settings);
    instance.awaitReady();
    return instance;
  }

  /** Starts an instance without waiting: for starting several at once, then {@link #awaitReady}. */
  public static ServiceInstance launch(Settings settings) {
    Path dir = Path.of("target", "reliability");
    Path root = dir.resolve(settings.name() + "-root");
    try {
      Files.createDirectories(dir);
      deleteTree(root);
      String dataDir = settings.environment().get("DATA_DIR");
      if (dataDir != null) {
        deleteTree(Path.of(dataDir));
      }
      var builder =
          new ProcessBuilder(command(settings, dir, root))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(settings.name() + ".out").toFile());
      builder.environment().putAll(settings.environment());
      Process process = builder.start();
      RUNNING.add(process);
      return new ServiceInstance(settings, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> command(Settings settings, Path dir, Path root) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-Dhazelcast.socket.bind.any=false");
    line.add("-Djava.net.preferIPv4Stack=true");
    settings.properties().forEach((key, value) -> line.add("-D" + key + "=" + value));
    line.addAll(
        List.of(
            "-jar",
            ReliabilitySettings.payaraMicroJar(),
            "--deploy",
            ReliabilitySettings.war(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(settings.port()),
            "--clustermode",
            "tcpip:127.0.0.1:" + settings.hazelcastPort(),
            "--startport",
            String.valueOf(settings.hazelcastPort()),
            "--clustername",
            settings.clusterName(),
            "--interfaces",
            "127.0.0.1",
            "--prebootcommandfile",
            ReliabilitySettings.preBootCommands(),
            "--rootdir",
            root.toAbsolutePath().toString(),
            "--logtofile",
            dir.resolve(settings.name() + ".log").toAbsolutePath().toString()));
    return line;
  }

  /** Waits until /health/ready answers 200, for at most 180 s. */
  public void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            settings.name() + " stopped at start: see target/reliability/" + settings.name());
      }
      if (ready()) {
        return;
      }
      Pause.millis(250);
    }
    String said = body("health/ready");
    kill();
    throw new IllegalStateException(
        settings.name() + " was not ready within " + STARTUP + ": /health/ready said " + said);
  }

  /** Whether /health/ready answers 200 now. */
  public boolean ready() {
    return status("health/ready") == 200;
  }

  /** The status of a GET on a path of the service, or -1 when it does not answer within 5 s. */
  public int status(String path) {
    return get(path).map(HttpResponse::statusCode).orElse(-1);
  }

  /** Status and body of a GET, for a failure message. */
  private String body(String path) {
    return get(path).map(answer -> answer.statusCode() + " " + answer.body()).orElse("nothing");
  }

  private Optional<HttpResponse<String>> get(String path) {
    var request =
        HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      return Optional.of(CLIENT.send(request, BodyHandlers.ofString()));
    } catch (IOException notAnswering) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Crashes the instance: SIGKILL ({@link Process#destroyForcibly()} on Linux), so no shutdown
   * hook, no lease release, nothing. Fails unless the process died of SIGKILL.
   */
  public void kill() {
    process.destroyForcibly();
    int exit = waitForExit(30);
    RUNNING.remove(process);
    if (exit != SIGKILL_EXIT) {
      throw new IllegalStateException(
          settings.name() + " exited with " + exit + ", not " + SIGKILL_EXIT + " (SIGKILL)");
    }
  }

  /** Stops the instance gracefully (SIGTERM), killing it if it has not stopped within 60 s. */
  public void stop() {
    process.destroy();
    if (waitForExit(60) == Integer.MIN_VALUE) {
      process.destroyForcibly();
      waitForExit(30);
    }
    RUNNING.remove(process);
  }

  private int waitForExit(int seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : Integer.MIN_VALUE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Integer.MIN_VALUE;
    }
  }

  /** How many lines of the instance's output contain the text (a warning the suite counts). */
  public long logLines(String text) {
    Path output = Path.of("target", "reliability", settings.name() + ".out");
    try (Stream<String> lines = Files.lines(output)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      return -1;
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return settings.name();
  }

  /** The service's root address, {@code http://127.0.0.1:<port>/}. */
  public URI url() {
    return url;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

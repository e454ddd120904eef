package app.emailrouting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The service as users run it (the WAR the build made, on Payara Micro with the run command's
 * options), started once for every {@link ServiceTest} class of a test run and stopped when the run
 * ends: starting it for each class would cost 12 to 15 seconds each. The command comes from the
 * build ({@code it.service.command}), the same settings as Arquillian's {@code service} container;
 * the server log goes where {@link ServerLog} reads it.
 */
public final class SharedService implements TestInstancePostProcessor {

  private static final Duration STARTUP = Duration.ofSeconds(180);
  private static final Pattern PORT = Pattern.compile("--port\\s+(\\d+)");

  private static URL url;

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
    URL address = start();
    for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(ServiceUrl.class)) {
          field.setAccessible(true);
          field.set(test, address);
        }
      }
    }
  }

  /** The service's address, once it is ready; the first call starts it. */
  public static synchronized URL start() {
    if (url == null) {
      String command = System.getProperty("it.service.command");
      if (command == null) {
        throw new IllegalStateException("No it.service.command: run the tests with Maven");
      }
      var matcher = PORT.matcher(command);
      if (!matcher.find()) {
        throw new IllegalStateException("No --port in " + command);
      }
      URI address = URI.create("http://127.0.0.1:" + matcher.group(1) + "/");
      Process process = launch(command);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
      awaitReady(process, address);
      try {
        url = address.toURL();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return url;
  }

  private static Process launch(String command) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String part : command.trim().split("\\s+")) {
      line.add(part);
    }
    try {
      Path output = Path.of("target", "payara-it-shared-service.out");
      Files.createDirectories(output.getParent());
      return new ProcessBuilder(line)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the service says it is ready (its database reachable, the WAR deployed). */
  private static void awaitReady(Process process, URI address) {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready = HttpRequest.newBuilder(address.resolve("health/ready")).GET().build();
    Instant deadline = Instant.now().plus(STARTUP);
    String said = "nothing";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro stopped at start: see target/payara-it-shared-service.out");
      }
      try {
        var answer = client.send(ready, BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        said = answer.statusCode() + " " + answer.body();
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Api.pause(250);
    }
    stop(process);
    throw new IllegalStateException(
        "The service was not ready within " + STARTUP + ": /health/ready said " + said);
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

package app.emailrouting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server log of the service container of this run (--logtofile, with rotation suffixes). */
public final class ServerLog {

  private ServerLog() {}

  public static String text() {
    Path log = Path.of(System.getProperty("it.server.log", "target/payara-it-service.log"));
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(log.toAbsolutePath().getParent())) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().startsWith(log.getFileName().toString()))
              .toList()) {
        text.append(Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}

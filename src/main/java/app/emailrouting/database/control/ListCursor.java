package app.emailrouting.database.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a newest-first list ends: the time and id of its last row. Opaque to clients
 * (URL-safe Base64), so its form can change without breaking them.
 */
public record ListCursor(Instant at, long id) {

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor a client sent back, or empty when it is not one this service made. */
  public static Optional<ListCursor> decode(String text) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
      if (parts.length != 2) {
        return Optional.empty();
      }
      Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
      return Optional.of(new ListCursor(at, Long.parseLong(parts[1])));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}

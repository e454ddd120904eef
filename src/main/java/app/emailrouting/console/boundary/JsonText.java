package app.emailrouting.console.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** JSON as the console shows it: indented, two spaces a level; text that is not JSON as it is. */
final class JsonText {

  private static final jakarta.json.JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private JsonText() {}

  /** The text indented when it is JSON; null for null. */
  static String pretty(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      var writer = new StringWriter();
      try (var json = PRETTY.createWriter(writer)) {
        json.write(reader.readValue());
      }
      return writer.toString().strip();
    } catch (RuntimeException notJson) {
      return text;
    }
  }
}

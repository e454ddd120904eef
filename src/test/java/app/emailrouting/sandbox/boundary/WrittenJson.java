package app.emailrouting.sandbox.boundary;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Reads back what the simulator wrote, as a client would. */
final class WrittenJson {

  private WrittenJson() {}

  static JsonObject parsed(JsonObject written) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(written.toString()))) {
      return reader.readObject();
    }
  }
}

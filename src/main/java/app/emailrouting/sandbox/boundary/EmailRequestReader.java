package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.PlatformErrors;
import app.emailrouting.sandbox.entity.EmailRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code CreateEmailRequest} body as Genesys Cloud does: over 512,000 bytes is a 413, a
 * body that is not a JSON object or has a value of the wrong type is a 400 {@code bad.request}.
 * Unknown members are ignored. Only what is needed of a too large body is read.
 */
final class EmailRequestReader {

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
  private static final Set<String> DIRECTIONS = Set.of("INBOUND", "OUTBOUND");

  private EmailRequestReader() {}

  static EmailRequest read(InputStream body) {
    JsonObject json = parse(limited(body));
    return new EmailRequest(
        text(json, "queueId"),
        text(json, "flowId"),
        text(json, "provider"),
        texts(json, "skillIds"),
        text(json, "languageId"),
        integer(json, "priority"),
        attributes(json),
        text(json, "toAddress"),
        text(json, "toName"),
        text(json, "fromAddress"),
        text(json, "fromName"),
        text(json, "subject"),
        direction(json));
  }

  private static byte[] limited(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(PlatformErrors.MAX_BODY_BYTES + 1);
      if (bytes.length > PlatformErrors.MAX_BODY_BYTES) {
        throw PlatformErrors.tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject parse(byte[] bytes) {
    try (var reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw PlatformErrors.malformed("the body must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw PlatformErrors.malformed("the body is not valid JSON");
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (isAbsent(value)) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw wrongType(name, "a string");
  }

  private static List<String> texts(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (isAbsent(value)) {
      return null;
    }
    if (!isArrayOfStrings(value)) {
      throw wrongType(name, "an array of strings");
    }
    return value.asJsonArray().getValuesAs(JsonString::getString);
  }

  private static Integer integer(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (isAbsent(value)) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw wrongType(name, "a whole number");
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(name, "a whole number");
    }
  }

  private static Map<String, String> attributes(JsonObject json) {
    JsonValue value = json.get("attributes");
    if (isAbsent(value)) {
      return null;
    }
    if (!isObjectOfStrings(value)) {
      throw wrongType("attributes", "an object of strings");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    value
        .asJsonObject()
        .forEach((key, text) -> attributes.put(key, ((JsonString) text).getString()));
    return attributes;
  }

  private static String direction(JsonObject json) {
    String direction = text(json, "direction");
    if (direction != null && !DIRECTIONS.contains(direction)) {
      throw wrongType("direction", "INBOUND or OUTBOUND");
    }
    return direction;
  }

  private static boolean isArrayOfStrings(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY
        && value.asJsonArray().stream().allMatch(JsonString.class::isInstance);
  }

  private static boolean isObjectOfStrings(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.OBJECT
        && value.asJsonObject().values().stream().allMatch(JsonString.class::isInstance);
  }

  private static boolean isAbsent(JsonValue value) {
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  private static RuntimeException wrongType(String name, String expected) {
    return PlatformErrors.malformed(name + " must be " + expected);
  }
}

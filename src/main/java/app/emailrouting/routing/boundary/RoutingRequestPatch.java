package app.emailrouting.routing.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.RoutingRequestEdit;
import app.emailrouting.routing.control.RoutingRequestEdit.Option;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The JSON merge patch of {@code PATCH /api/routing-requests/{id}}, read into the typed edit: a
 * member names what changes, {@code null} removes it. Only the kinds of the values are checked
 * here; their limits are the edit's own.
 */
final class RoutingRequestPatch {

  private static final Map<String, Option> OPTIONS =
      Map.of(
          "queueId", Option.QUEUE,
          "flowId", Option.FLOW,
          "skillIds", Option.SKILLS,
          "languageId", Option.LANGUAGE,
          "priority", Option.PRIORITY);

  private static final String FAILED_ATTEMPTS = "failedAttempts";

  private RoutingRequestPatch() {}

  /** Reads a patch; anything it cannot apply is a 400 naming the member. */
  static RoutingRequestEdit read(String body) {
    JsonObject patch = object(body);
    var corrected = EnumSet.noneOf(Option.class);
    for (String member : patch.keySet()) {
      if (OPTIONS.containsKey(member)) {
        corrected.add(OPTIONS.get(member));
      } else if (!member.equals(FAILED_ATTEMPTS)) {
        throw new InvalidInputException(
            member, "cannot be edited; editable: " + FAILED_ATTEMPTS + ", " + OPTIONS.keySet());
      }
    }
    return new RoutingRequestEdit(
        corrected,
        text(patch, "queueId"),
        text(patch, "flowId"),
        skills(patch),
        text(patch, "languageId"),
        number(patch, "priority"),
        number(patch, FAILED_ATTEMPTS));
  }

  private static JsonObject object(String body) {
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("body", "must be a JSON object (a JSON merge patch)");
    }
  }

  private static String text(JsonObject patch, String member) {
    JsonValue value = patch.getOrDefault(member, JsonValue.NULL);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidInputException(member, "must be a Genesys id (text) or null");
  }

  private static List<String> skills(JsonObject patch) {
    JsonValue value = patch.getOrDefault("skillIds", JsonValue.NULL);
    if (value == JsonValue.NULL) {
      return List.of();
    }
    if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    throw new InvalidInputException("skillIds", "must be a list of skill ids, or null");
  }

  private static Integer number(JsonObject patch, String member) {
    JsonValue value = patch.getOrDefault(member, JsonValue.NULL);
    if (value == JsonValue.NULL && member.equals(FAILED_ATTEMPTS) && patch.containsKey(member)) {
      throw new InvalidInputException(member, "cannot be removed; 0 reroutes the request");
    }
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigIntegerValue().bitLength() < Integer.SIZE) {
      return number.intValue();
    }
    throw new InvalidInputException(member, "must be a whole number, or null");
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.entity.RoutingOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON merge patch of a failed routing request, as the admin sends it: {@code failedAttempts: 0}
 * reroutes (the seed's "Failed Attempts = 0"), and the routing options may be corrected in the same
 * patch. A member set to {@code null} removes the value.
 */
public record RoutingRequestEdit(boolean reroute, JsonObject corrections) {

  private static final Set<String> EDITABLE =
      Set.of("failedAttempts", "queueId", "flowId", "skillIds", "languageId", "priority");

  /** Reads a patch; anything it cannot apply is a 400 naming the member. */
  public static RoutingRequestEdit of(JsonObject patch) {
    for (String member : patch.keySet()) {
      if (!EDITABLE.contains(member)) {
        throw new InvalidInputException(member, "cannot be edited; editable: " + EDITABLE);
      }
    }
    return new RoutingRequestEdit(patch.containsKey("failedAttempts"), patch);
  }

  /** The value the admin set for failed attempts, if any: only 0 (reroute) is allowed. */
  public Optional<JsonValue> failedAttempts() {
    return Optional.ofNullable(corrections.get("failedAttempts"));
  }

  public boolean setsFailedAttemptsToZero() {
    return failedAttempts()
        .filter(
            value ->
                value instanceof JsonNumber number && number.isIntegral() && number.intValue() == 0)
        .isPresent();
  }

  public boolean correctsOptions() {
    return corrections.keySet().stream().anyMatch(member -> !member.equals("failedAttempts"));
  }

  /** The request's routing options with the corrections applied. */
  public RoutingOptions applyTo(RoutingOptions current) {
    return new RoutingOptions(
        text("queueId", current.queueId()),
        text("flowId", current.flowId()),
        skills(current.skillIds()),
        text("languageId", current.languageId()),
        priority(current.priority()));
  }

  private String text(String member, String current) {
    if (!corrections.containsKey(member)) {
      return current;
    }
    JsonValue value = corrections.get(member);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string && string.getString().length() <= 128) {
      return string.getString().isBlank() ? null : string.getString().strip();
    }
    throw new InvalidInputException(
        member, "must be a Genesys id (text of at most 128 characters) or null");
  }

  private List<String> skills(List<String> current) {
    if (!corrections.containsKey("skillIds")) {
      return current;
    }
    JsonValue value = corrections.get("skillIds");
    if (value == JsonValue.NULL) {
      return List.of();
    }
    if (value instanceof JsonArray array
        && array.size() <= 50
        && array.stream().allMatch(RoutingRequestEdit::isSkillId)) {
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    throw new InvalidInputException("skillIds", "must be a list of at most 50 skill ids, or null");
  }

  private static boolean isSkillId(JsonValue value) {
    return value instanceof JsonString string
        && !string.getString().isBlank()
        && string.getString().length() <= 128;
  }

  private Integer priority(Integer current) {
    if (!corrections.containsKey("priority")) {
      return current;
    }
    JsonValue value = corrections.get("priority");
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.longValue() >= 0
        && number.longValue() <= Integer.MAX_VALUE) {
      return number.intValue();
    }
    throw new InvalidInputException("priority", "must be a whole number of 0 or more, or null");
  }
}

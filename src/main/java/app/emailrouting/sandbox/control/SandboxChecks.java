package app.emailrouting.sandbox.control;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.FlowVersion;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.OptionState;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.Skill;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks what an admin puts into the sandbox, naming the first bad value by its JSON path ({@code
 * queues[2].id}, {@code faults.serverError}). Limits follow Genesys Cloud's: up to 1,000 entries.
 */
final class SandboxChecks {

  static final int MAX_ENTRIES = 1_000;
  static final Set<Integer> SERVER_ERRORS = Set.of(0, 500, 502, 503, 504);
  private static final Pattern ID = Pattern.compile("\\S{1,128}");
  private static final Pattern PERMISSION = Pattern.compile("[A-Za-z0-9]+(:[A-Za-z0-9*]+){2}");

  private SandboxChecks() {}

  static void checkQueues(List<Queue> queues) {
    checkOptions("queues", queues, Queue::id, Queue::name);
  }

  static void checkSkills(List<Skill> skills) {
    checkOptions("skills", skills, Skill::id, Skill::name);
    for (int i = 0; i < skills.size(); i++) {
      checkState("skills[" + i + "].state", skills.get(i).state());
    }
  }

  static void checkLanguages(List<Language> languages) {
    checkOptions("languages", languages, Language::id, Language::name);
    for (int i = 0; i < languages.size(); i++) {
      checkState("languages[" + i + "].state", languages.get(i).state());
    }
  }

  static void checkFlows(List<InboundEmailFlow> flows) {
    checkOptions("flows", flows, InboundEmailFlow::id, InboundEmailFlow::name);
    for (int i = 0; i < flows.size(); i++) {
      checkVersion("flows[" + i + "].publishedVersion", flows.get(i).publishedVersion());
    }
  }

  static FaultSwitches checked(FaultSwitches faults) {
    checkPermissions(faults.missingPermissions());
    if (faults.missingDivisions().size() > 50
        || faults.missingDivisions().stream()
            .anyMatch(d -> d == null || d.isBlank() || d.length() > 255)) {
      throw new InvalidInputException(
          "faults.missingDivisions", "must have at most 50 division names of 1 to 255 characters");
    }
    checkRange("faults.retryAfterSeconds", faults.retryAfterSeconds(), 0, 3_600);
    if (!SERVER_ERRORS.contains(faults.serverError())) {
      throw new InvalidInputException(
          "faults.serverError", "must be 0 (off), 500, 502, 503 or 504");
    }
    checkRange("faults.slowMillis", faults.slowMillis(), 0, 60_000);
    checkRange("faults.failNextCalls", faults.failNextCalls(), 0, 10_000);
    if (faults.createEmailAnswer() != null
        && !FaultSwitches.CREATE_EMAIL_ANSWERS.contains(faults.createEmailAnswer())) {
      throw new InvalidInputException(
          "faults.createEmailAnswer",
          "must be one of " + String.join(", ", FaultSwitches.CREATE_EMAIL_ANSWERS) + ", or empty");
    }
    return faults;
  }

  private static <T> void checkOptions(
      String field, List<T> items, Function<T, String> id, Function<T, String> name) {
    if (items.size() > MAX_ENTRIES) {
      throw new InvalidInputException(field, "must have at most " + MAX_ENTRIES + " entries");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = field + "[" + i + "]";
      requireObject(at, items.get(i));
      requireId(at + ".id", id.apply(items.get(i)));
      requireName(at + ".name", name.apply(items.get(i)));
      if (!ids.add(id.apply(items.get(i)))) {
        throw new InvalidInputException(at + ".id", "is already the id of another entry");
      }
    }
  }

  private static void checkState(String field, String state) {
    if (!OptionState.isKnown(state)) {
      throw new InvalidInputException(field, "must be active, inactive or deleted");
    }
  }

  private static void checkVersion(String field, FlowVersion version) {
    if (version != null) {
      requireId(field + ".id", version.id());
      requireName(field + ".name", version.name());
    }
  }

  private static void checkPermissions(List<String> permissions) {
    if (permissions.size() > 50) {
      throw new InvalidInputException("faults.missingPermissions", "must have at most 50 entries");
    }
    for (int i = 0; i < permissions.size(); i++) {
      String permission = permissions.get(i);
      if (permission == null || !PERMISSION.matcher(permission).matches()) {
        throw new InvalidInputException(
            "faults.missingPermissions[" + i + "]",
            "must be a permission such as conversation:email:create");
      }
    }
  }

  private static void checkRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, "must be from " + min + " to " + max);
    }
  }

  private static void requireObject(String field, Object item) {
    if (item == null) {
      throw new InvalidInputException(field, "must be an object");
    }
  }

  private static void requireId(String field, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidInputException(field, "must be an id of 1 to 128 characters, no spaces");
    }
  }

  private static void requireName(String field, String name) {
    if (name == null || name.isBlank() || name.length() > 255) {
      throw new InvalidInputException(field, "must be a name of 1 to 255 characters");
    }
  }
}

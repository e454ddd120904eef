package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.RoutingOptions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an admin changes on a failed routing request: the routing options it names in {@code
 * corrected} (a merge patch names some, the console's form all of them; a named option without a
 * value is removed), and {@code failedAttempts}, which only 0 may set: the seed's reroute. The
 * limits are those of intake; {@link RoutingRequestEdits#edit} validates them.
 */
public record RoutingRequestEdit(
    Set<Option> corrected,
    @Size(max = RoutingOptions.ID_LENGTH) String queueId,
    @Size(max = RoutingOptions.ID_LENGTH) String flowId,
    @Size(max = RoutingOptions.MAX_SKILLS)
        List<@NotBlank @Size(max = RoutingOptions.ID_LENGTH) String> skillIds,
    @Size(max = RoutingOptions.ID_LENGTH) String languageId,
    @PositiveOrZero Integer priority,
    Integer failedAttempts) {

  /** A routing option an edit can correct. */
  public enum Option {
    QUEUE,
    FLOW,
    SKILLS,
    LANGUAGE,
    PRIORITY
  }

  /** Blank ids count as none, as at intake. */
  public RoutingRequestEdit {
    corrected = Set.copyOf(corrected);
    queueId = id(queueId);
    flowId = id(flowId);
    skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
    languageId = id(languageId);
  }

  /** Every option set to {@code options}, and failed attempts set when not null. */
  public static RoutingRequestEdit of(RoutingOptions options, Integer failedAttempts) {
    return new RoutingRequestEdit(
        EnumSet.allOf(Option.class),
        options.queueId(),
        options.flowId(),
        options.skillIds(),
        options.languageId(),
        options.priority(),
        failedAttempts);
  }

  /** Whether the edit sets failed attempts: to 0 it reroutes, to anything else it is refused. */
  public boolean reroute() {
    return failedAttempts != null;
  }

  public boolean setsFailedAttemptsToZero() {
    return failedAttempts != null && failedAttempts == 0;
  }

  public boolean correctsOptions() {
    return !corrected.isEmpty();
  }

  /** The request's routing options with the corrections applied. */
  public RoutingOptions applyTo(RoutingOptions current) {
    return new RoutingOptions(
        corrected.contains(Option.QUEUE) ? queueId : current.queueId(),
        corrected.contains(Option.FLOW) ? flowId : current.flowId(),
        corrected.contains(Option.SKILLS) ? skillIds : current.skillIds(),
        corrected.contains(Option.LANGUAGE) ? languageId : current.languageId(),
        corrected.contains(Option.PRIORITY) ? priority : current.priority());
  }

  private static String id(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

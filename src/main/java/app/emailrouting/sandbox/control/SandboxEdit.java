package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An admin's edit of the sandbox, with merge semantics: a null list is left unchanged, a given one
 * replaces the current one (deleting or renaming an option is how stale options are modelled).
 * {@code faults} turns the current switches into the new ones.
 */
public record SandboxEdit(
    List<Queue> queues,
    List<Skill> skills,
    List<Language> languages,
    List<InboundEmailFlow> flows,
    UnaryOperator<FaultSwitches> faults,
    boolean clearConversations) {

  public SandboxEdit {
    faults = faults == null ? UnaryOperator.identity() : faults;
  }

  /** The routing options after this change; the given lists are checked first. */
  SandboxData applyTo(SandboxData data) {
    SandboxData changed = data;
    if (queues != null) {
      SandboxChecks.checkQueues(queues);
      changed = changed.withQueues(queues);
    }
    if (skills != null) {
      SandboxChecks.checkSkills(skills);
      changed = changed.withSkills(skills);
    }
    if (languages != null) {
      SandboxChecks.checkLanguages(languages);
      changed = changed.withLanguages(languages);
    }
    if (flows != null) {
      SandboxChecks.checkFlows(flows);
      changed = changed.withFlows(flows);
    }
    return changed;
  }
}

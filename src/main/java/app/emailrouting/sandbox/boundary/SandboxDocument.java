package app.emailrouting.sandbox.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.sandbox.control.SandboxEdit;
import app.emailrouting.sandbox.control.SandboxState;
import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.Skill;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The sandbox as the admin API reads and writes it: routing options, fault switches and, read only,
 * the emails created (newest first). Written with merge semantics: a member left out is unchanged,
 * a list given replaces the current one; {@code "conversations": []} forgets the created emails.
 */
@JsonbPropertyOrder({"queues", "skills", "languages", "flows", "faults", "conversations"})
public record SandboxDocument(
    List<Queue> queues,
    List<Skill> skills,
    List<Language> languages,
    List<InboundEmailFlow> flows,
    FaultSwitchesDocument faults,
    List<EmailConversation> conversations) {

  static SandboxDocument of(SandboxState state) {
    var data = state.data();
    return new SandboxDocument(
        data.queues(),
        data.skills(),
        data.languages(),
        data.flows(),
        FaultSwitchesDocument.of(state.faults()),
        state.conversations());
  }

  SandboxEdit toChanges() {
    if (conversations != null && !conversations.isEmpty()) {
      throw new InvalidInputException(
          "conversations", "can only be emptied ([]): the sandbox creates conversations itself");
    }
    return new SandboxEdit(
        queues,
        skills,
        languages,
        flows,
        faults == null ? null : faults::applyTo,
        conversations != null);
  }
}

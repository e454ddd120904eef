package app.emailrouting.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.support.TestClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxEditsTest {

  private final List<String> recorded = new ArrayList<>();
  private final SandboxEdits edits = new SandboxEdits();

  @BeforeEach
  void wire() {
    edits.sandbox = new Sandbox(new TestClock());
    edits.audit =
        new AuditLog() {
          @Override
          public void record(
              AuditAction action, AuditTarget target, String summary, Object details) {
            recorded.add(action + " " + target.type() + " " + summary);
          }
        };
  }

  private static SandboxEdit wrongCredentials() {
    return new SandboxEdit(
        null,
        null,
        null,
        null,
        current ->
            new FaultSwitches(true, false, List.of(), false, 1, 0, 0, false, 0, null, List.of()),
        false);
  }

  @Test
  void a_change_is_made_and_recorded_as_a_sandbox_change() {
    var changed = edits.change(wrongCredentials());

    assertThat(changed.faults().wrongCredentials()).isTrue();
    assertThat(recorded).containsExactly("SANDBOX_CHANGED sandbox Sandbox changed");
  }

  @Test
  void a_bad_value_changes_nothing_and_records_nothing() {
    var negativeDelay =
        new SandboxEdit(
            List.of(new Queue("q1", "Kept?", null)),
            null,
            null,
            null,
            current ->
                new FaultSwitches(
                    true, false, List.of(), false, 1, 0, -5, false, 0, null, List.of()),
            false);

    assertThatThrownBy(() -> edits.change(negativeDelay))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be from 0");
    assertThat(edits.sandbox.state().data()).isEqualTo(SeedData.data());
    assertThat(edits.sandbox.state().faults()).isEqualTo(FaultSwitches.OFF);
    assertThat(recorded).isEmpty();
  }

  @Test
  void a_reset_is_recorded_as_a_sandbox_change() {
    edits.change(wrongCredentials());

    var reset = edits.reset();

    assertThat(reset.faults()).isEqualTo(FaultSwitches.OFF);
    assertThat(recorded).endsWith("SANDBOX_CHANGED sandbox Sandbox reset");
  }

  @Test
  void a_switched_off_sandbox_refuses_changes_as_not_found() {
    edits.sandbox.enabled = false;

    assertThatThrownBy(() -> edits.change(wrongCredentials()))
        .isInstanceOf(Refusal.NotFound.class)
        .hasMessageContaining("sandbox.enabled=false");
    assertThat(recorded).isEmpty();
  }
}

package app.emailrouting.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.FaultSwitches;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxDocumentTest {

  private static final FaultSwitchesDocument ONE_429 =
      new FaultSwitchesDocument(null, null, null, true, 2, null, null, null, 1, null, null);

  @Test
  void fault_members_left_out_keep_their_values() {
    var current =
        new FaultSwitches(
            false,
            false,
            List.of("routing:queue:view"),
            false,
            1,
            503,
            250,
            false,
            0,
            null,
            List.of());

    var switched = ONE_429.applyTo(current);

    assertThat(switched)
        .isEqualTo(
            new FaultSwitches(
                false,
                false,
                List.of("routing:queue:view"),
                true,
                2,
                503,
                250,
                false,
                1,
                null,
                List.of()));
  }

  @Test
  void reading_back_the_switches_gives_every_member() {
    var document = FaultSwitchesDocument.of(FaultSwitches.OFF);

    assertThat(document.applyTo(ONE_429.applyTo(FaultSwitches.OFF))).isEqualTo(FaultSwitches.OFF);
  }

  @Test
  void members_left_out_of_the_document_are_unchanged() {
    var changes = new SandboxDocument(null, null, null, null, null, null).toChanges();

    assertThat(changes.queues()).isNull();
    assertThat(changes.faults().apply(FaultSwitches.OFF)).isEqualTo(FaultSwitches.OFF);
    assertThat(changes.clearConversations()).isFalse();
  }

  @Test
  void conversations_can_only_be_emptied() {
    var empty = new SandboxDocument(null, null, null, null, ONE_429, List.of()).toChanges();
    assertThat(empty.clearConversations()).isTrue();
    assertThat(empty.faults().apply(FaultSwitches.OFF).rateLimited()).isTrue();

    var one = new EmailConversation("c", Instant.EPOCH, null);
    var error =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new SandboxDocument(null, null, null, null, null, List.of(one)).toChanges());
    assertThat(error.field()).isEqualTo("conversations");
  }
}

package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.basic;
import static app.emailrouting.sandbox.control.Calls.bearer;
import static app.emailrouting.sandbox.control.Calls.toQueue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.FlowVersion;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.Skill;
import app.emailrouting.support.TestClock;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SandboxAdminTest {

  private final Sandbox sandbox = new Sandbox(new TestClock());

  private static SandboxEdit queues(Queue... queues) {
    return new SandboxEdit(Arrays.asList(queues), null, null, null, null, false);
  }

  private static SandboxEdit faults(UnaryOperator<FaultSwitches> change) {
    return new SandboxEdit(null, null, null, null, change, false);
  }

  private static FaultSwitches serverError(int status) {
    return new FaultSwitches(
        false, false, List.of(), false, 1, status, 0, false, 0, null, List.of());
  }

  private InvalidInputException refused(SandboxEdit changes) {
    return catchThrowableOfType(InvalidInputException.class, () -> sandbox.update(changes));
  }

  @Test
  void a_renamed_queue_is_listed_under_its_new_name_and_others_are_unchanged() {
    var state = sandbox.update(queues(new Queue(SeedData.SUPPORT_QUEUE_ID, "Customer Care", null)));

    assertThat(state.data().queues())
        .containsExactly(new Queue(SeedData.SUPPORT_QUEUE_ID, "Customer Care", null));
    assertThat(state.data().skills()).isEqualTo(SeedData.data().skills());
    assertThat(state.faults()).isEqualTo(FaultSwitches.OFF);
  }

  @Test
  void bad_options_are_named_by_their_json_path() {
    assertThat(refused(queues(new Queue("q1", "A", null), new Queue("q1", "B", null))).field())
        .isEqualTo("queues[1].id");
    assertThat(refused(queues(new Queue("has space", "A", null))).field())
        .isEqualTo("queues[0].id");
    assertThat(refused(queues(new Queue("q1", " ", null))).field()).isEqualTo("queues[0].name");
    assertThat(refused(queues(new Queue("q1", "A", null), null)).field()).isEqualTo("queues[1]");
    var badState =
        new SandboxEdit(null, List.of(new Skill("s1", "S", "gone")), null, null, null, false);
    assertThat(refused(badState).field()).isEqualTo("skills[0].state");
    var badVersion =
        List.of(new InboundEmailFlow("f1", "F", true, false, new FlowVersion("", "1.0")));
    assertThat(refused(new SandboxEdit(null, null, null, badVersion, null, false)).field())
        .isEqualTo("flows[0].publishedVersion.id");
  }

  @Test
  void bad_fault_switches_are_named() {
    assertThat(refused(faults(current -> serverError(418))).field())
        .isEqualTo("faults.serverError");
    var unknownAnswer =
        new FaultSwitches(false, false, List.of(), false, 1, 0, 0, false, 0, "teapot", List.of());
    assertThat(refused(faults(current -> unknownAnswer)).field())
        .isEqualTo("faults.createEmailAnswer");
    var blankDivision =
        new FaultSwitches(false, false, List.of(), false, 1, 0, 0, false, 0, null, List.of(" "));
    assertThat(refused(faults(current -> blankDivision)).field())
        .isEqualTo("faults.missingDivisions");
    var badPermission =
        new FaultSwitches(
            false,
            false,
            Arrays.asList("conversation:email:create", null),
            false,
            1,
            0,
            0,
            false,
            0,
            null,
            List.of());
    assertThat(refused(faults(current -> badPermission)).field())
        .isEqualTo("faults.missingPermissions[1]");
    var tooSlow =
        new FaultSwitches(false, false, List.of(), false, 1, 0, 60_001, false, 0, null, List.of());
    assertThat(refused(faults(current -> tooSlow)).field()).isEqualTo("faults.slowMillis");
    var negativeCount =
        new FaultSwitches(false, false, List.of(), true, 1, 0, 0, false, -1, null, List.of());
    assertThat(refused(faults(current -> negativeCount)).field()).isEqualTo("faults.failNextCalls");
  }

  @Test
  void a_refused_edit_changes_nothing() {
    var changes =
        new SandboxEdit(
            List.of(new Queue("q1", "Only", null)),
            null,
            null,
            null,
            current -> serverError(418),
            false);

    refused(changes);

    assertThat(sandbox.state().data()).isEqualTo(SeedData.data());
    assertThat(sandbox.state().faults()).isEqualTo(FaultSwitches.OFF);
  }

  @Test
  void created_emails_are_kept_newest_first_up_to_1000() {
    sandbox.login(basic("c", "s"), "client_credentials", new ClientCredentials("c", "s"));
    var first = sandbox.createEmail(toQueue(SeedData.SUPPORT_QUEUE_ID));
    for (int i = 0; i < Conversations.MAX_KEPT; i++) {
      sandbox.createEmail(toQueue(SeedData.BILLING_QUEUE_ID));
    }
    var last = sandbox.createEmail(toQueue(SeedData.SALES_QUEUE_ID));

    var kept = sandbox.state().conversations();
    assertThat(kept).hasSize(Conversations.MAX_KEPT).first().isEqualTo(last);
    assertThat(kept).doesNotContain(first);
    assertThat(last.request().queueId()).isEqualTo(SeedData.SALES_QUEUE_ID);
    assertThat(last.selfUri()).isEqualTo("/api/v2/conversations/emails/" + last.id());
  }

  @Test
  void created_emails_are_kept_within_a_memory_bound() {
    String large = "x".repeat(500_000);
    for (int i = 0; i < 40; i++) {
      sandbox.createEmail(Calls.withSubject(large));
    }

    var kept = sandbox.state().conversations();
    long bytes =
        kept.stream().mapToLong(conversation -> conversation.request().approximateBytes()).sum();
    assertThat(bytes).isLessThanOrEqualTo(Conversations.MAX_KEPT_BYTES);
    assertThat(kept).hasSizeBetween(2, 9);
  }

  @Test
  void emptying_conversations_forgets_them() {
    sandbox.createEmail(toQueue(SeedData.SUPPORT_QUEUE_ID));

    sandbox.update(new SandboxEdit(null, null, null, null, null, true));

    assertThat(sandbox.state().conversations()).isEmpty();
  }

  @Test
  void reset_restores_the_seed_switches_faults_off_and_keeps_tokens_valid() {
    var token =
        sandbox.login(basic("c", "s"), "client_credentials", new ClientCredentials("c", "s"));
    sandbox.update(queues(new Queue("q1", "Only", null)));
    sandbox.update(faults(current -> serverError(500)));
    sandbox.createEmail(toQueue("q1"));

    var state = sandbox.reset();

    assertThat(state.data()).isEqualTo(SeedData.data());
    assertThat(state.faults()).isEqualTo(FaultSwitches.OFF);
    assertThat(state.conversations()).isEmpty();
    assertThat(sandbox.authorize(bearer(token))).isEqualTo("c");
  }

  @Test
  void deleted_flows_are_listed_only_when_asked_for_and_only_for_inbound_email() {
    var flows =
        List.of(
            new InboundEmailFlow("f1", "Live", true, false, null),
            new InboundEmailFlow("f2", "Gone", true, true, null));
    sandbox.update(new SandboxEdit(null, null, null, flows, null, false));
    var page = PageRequest.of(null, null);

    assertThat(sandbox.flows("inboundemail", false, page).entities())
        .extracting(InboundEmailFlow::id)
        .containsExactly("f1");
    assertThat(sandbox.flows("INBOUNDEMAIL", true, page).total()).isEqualTo(2);
    assertThat(sandbox.flows(null, false, page).total()).isEqualTo(1);
    assertThat(sandbox.flows("inboundcall", false, page).total()).isZero();
  }

  @Test
  void a_switched_off_sandbox_says_so() {
    assertThat(sandbox.isEnabled()).isTrue();
    sandbox.enabled = false;
    assertThat(sandbox.isEnabled()).isFalse();
  }
}

package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.refusal;
import static app.emailrouting.sandbox.control.Calls.request;
import static app.emailrouting.sandbox.control.Calls.toQueue;
import static app.emailrouting.sandbox.control.Calls.withProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.emailrouting.sandbox.entity.EmailRequest;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRequestChecksTest {

  private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
  private final SandboxData seed = SeedData.data();

  private PlatformError checked(EmailRequest request) {
    return refusal(() -> EmailRequestChecks.check(request, seed));
  }

  @Test
  void a_request_to_a_known_queue_with_known_skills_and_language_passes() {
    var request =
        request(
            SeedData.SUPPORT_QUEUE_ID,
            null,
            List.of(SeedData.REFUNDS_SKILL_ID, SeedData.ESCALATIONS_SKILL_ID),
            SeedData.FRENCH_LANGUAGE_ID);

    assertThatCode(() -> EmailRequestChecks.check(request, seed)).doesNotThrowAnyException();
  }

  @Test
  void a_request_through_an_inbound_email_flow_passes() {
    var request = request(null, SeedData.EMAIL_TRIAGE_FLOW_ID, List.of(), null);

    assertThatCode(() -> EmailRequestChecks.check(request, seed)).doesNotThrowAnyException();
  }

  @Test
  void a_missing_provider_is_postinos_not_null_error() {
    var error = checked(withProvider(null));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("postino.error.notnull.createconversationrequest.provider");
    assertThat(error.details())
        .extracting(PlatformError.Detail::fieldName)
        .containsExactly("provider");
  }

  @Test
  void the_reserved_provider_is_a_bad_request() {
    var error = checked(withProvider("PureCloud Email"));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("bad.request");
  }

  @Test
  void neither_queue_nor_flow_is_too_many_create_email_parameters() {
    var error = checked(request(null, " ", List.of(), null));

    assertThat(error.code()).isEqualTo("too.many.create.email.parameters");
    assertThat(error.getMessage()).isEqualTo("One of queueId or flowId must be supplied.");
  }

  @Test
  void both_queue_and_flow_is_too_many_create_email_parameters() {
    var error =
        checked(request(SeedData.SUPPORT_QUEUE_ID, SeedData.EMAIL_TRIAGE_FLOW_ID, List.of(), null));

    assertThat(error.code()).isEqualTo("too.many.create.email.parameters");
  }

  @Test
  void an_unknown_queue_is_an_invalid_queue() {
    var error = checked(toQueue(UNKNOWN));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("email.error.invalid.queue");
    assertThat(error.getMessage()).isEqualTo("An invalid queue ID was specified.");
  }

  @Test
  void a_deleted_queue_is_an_invalid_queue() {
    var withoutSupport =
        seed.withQueues(
            seed.queues().stream()
                .filter(queue -> !queue.id().equals(SeedData.SUPPORT_QUEUE_ID))
                .toList());

    var error =
        refusal(() -> EmailRequestChecks.check(toQueue(SeedData.SUPPORT_QUEUE_ID), withoutSupport));

    assertThat(error.code()).isEqualTo("email.error.invalid.queue");
  }

  @Test
  void an_unknown_inactive_or_deleted_flow_is_a_bad_flow_id() {
    var flows =
        List.of(
            new InboundEmailFlow("inactive", "Draft", false, false, null),
            new InboundEmailFlow("deleted", "Old", true, true, null));
    var data = seed.withFlows(flows);

    for (String flowId : List.of(UNKNOWN, "inactive", "deleted")) {
      var error =
          refusal(() -> EmailRequestChecks.check(request(null, flowId, List.of(), null), data));
      assertThat(error.code()).isEqualTo("bad.flow.id");
      assertThat(error.getMessage()).isEqualTo("Invalid flow ID was specified.");
    }
  }

  @Test
  void an_unknown_skill_is_an_invalid_value_naming_the_field_and_the_id() {
    var error =
        checked(
            request(
                SeedData.SUPPORT_QUEUE_ID,
                null,
                List.of(SeedData.REFUNDS_SKILL_ID, UNKNOWN),
                null));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("invalid.value");
    assertThat(error.messageParams())
        .containsEntry("field", "skillIds")
        .containsEntry("value", UNKNOWN);
    assertThat(error.getMessage()).contains("skillIds").contains(UNKNOWN);
  }

  @Test
  void a_deleted_skill_cannot_route_but_an_inactive_one_can() {
    var data =
        seed.withSkills(
            List.of(new Skill("gone", "Gone", "deleted"), new Skill("idle", "Idle", "inactive")));

    var deleted = request(SeedData.SUPPORT_QUEUE_ID, null, List.of("gone"), null);
    var inactive = request(SeedData.SUPPORT_QUEUE_ID, null, List.of("idle"), null);

    assertThat(refusal(() -> EmailRequestChecks.check(deleted, data)).code())
        .isEqualTo("invalid.value");
    assertThatCode(() -> EmailRequestChecks.check(inactive, data)).doesNotThrowAnyException();
  }

  @Test
  void an_unknown_or_deleted_language_is_an_invalid_value_naming_the_field() {
    var data = seed.withLanguages(List.of(new Language("gone", "Latin", "deleted")));

    for (String languageId : List.of(UNKNOWN, "gone")) {
      var request = request(SeedData.SUPPORT_QUEUE_ID, null, List.of(), languageId);
      var error = refusal(() -> EmailRequestChecks.check(request, data));
      assertThat(error.code()).isEqualTo("invalid.value");
      assertThat(error.messageParams()).containsEntry("field", "languageId");
    }
  }

  @Test
  void the_first_problem_in_genesys_order_is_answered() {
    var everythingWrong = request(UNKNOWN, null, List.of(UNKNOWN), UNKNOWN);
    var noProvider =
        new EmailRequest(
            null,
            null,
            null,
            List.of(UNKNOWN),
            UNKNOWN,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(checked(noProvider).code())
        .isEqualTo("postino.error.notnull.createconversationrequest.provider");
    assertThat(checked(request(null, null, List.of(UNKNOWN), UNKNOWN)).code())
        .isEqualTo("too.many.create.email.parameters");
    assertThat(checked(everythingWrong).code()).isEqualTo("email.error.invalid.queue");
    assertThat(
            checked(request(SeedData.SUPPORT_QUEUE_ID, null, List.of(UNKNOWN), UNKNOWN))
                .messageParams())
        .containsEntry("field", "skillIds");
  }
}

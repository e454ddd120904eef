package app.emailrouting.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedDataTest {

  private final SandboxData data = SeedData.data();

  @Test
  void the_seed_organization_has_the_documented_options() {
    assertThat(data.queues())
        .extracting(Queue::name)
        .containsExactly(
            "Support", "Billing", "Sales", "Returns", "VIP Support", "Technical Support");
    assertThat(data.skills()).hasSize(6);
    assertThat(data.languages())
        .extracting(Language::name)
        .containsExactly("English", "French", "German", "Spanish", "Dutch");
    assertThat(data.flows()).hasSize(3);
  }

  @Test
  void every_id_is_a_distinct_uuid() {
    List<String> ids =
        Stream.of(
                data.queues().stream().map(Queue::id),
                data.skills().stream().map(Skill::id),
                data.languages().stream().map(Language::id),
                data.flows().stream().map(InboundEmailFlow::id),
                Stream.of(SeedData.ORGANIZATION_ID, SeedData.ROLE_ID, SeedData.HOME_DIVISION_ID))
            .flatMap(s -> s)
            .toList();

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
  }

  @Test
  void every_seed_option_can_route_and_passes_the_admin_checks() {
    assertThat(data.skills()).allMatch(Skill::canRoute);
    assertThat(data.languages()).allMatch(Language::canRoute);
    assertThat(data.flows()).allMatch(InboundEmailFlow::canRoute);
    assertThat(data.flows()).allMatch(flow -> flow.publishedVersion() != null);
    assertThatCode(
            () -> {
              SandboxChecks.checkQueues(data.queues());
              SandboxChecks.checkSkills(data.skills());
              SandboxChecks.checkLanguages(data.languages());
              SandboxChecks.checkFlows(data.flows());
            })
        .doesNotThrowAnyException();
  }

  @Test
  void the_named_constants_are_the_seed_ids() {
    assertThat(data.queue(SeedData.VIP_SUPPORT_QUEUE_ID)).map(Queue::name).contains("VIP Support");
    assertThat(data.language(SeedData.DUTCH_LANGUAGE_ID)).map(Language::name).contains("Dutch");
    assertThat(data.flow(SeedData.EMAIL_TRIAGE_FLOW_ID)).isPresent();
    assertThat(data.skill(SeedData.REFUNDS_SKILL_ID)).map(Skill::name).contains("Refunds");
  }

  @Test
  void the_organization_is_the_sandbox_org() {
    assertThat(SeedData.ORGANIZATION_NAME).isEqualTo("Sandbox Org");
  }
}

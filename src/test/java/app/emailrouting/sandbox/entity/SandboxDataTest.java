package app.emailrouting.sandbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxDataTest {

  private final SandboxData data =
      new SandboxData(
          List.of(new Queue("q1", "Support", null), new Queue("q2", "Billing", null)),
          List.of(),
          List.of(),
          List.of());

  @Test
  void a_deleted_queue_is_gone_and_the_others_keep_their_order() {
    assertThat(data.queuesWithout("q1")).containsExactly(new Queue("q2", "Billing", null));
    assertThat(data.queuesWithout("unknown")).isEqualTo(data.queues());
  }

  @Test
  void a_renamed_queue_keeps_its_id_and_place() {
    assertThat(data.queuesRenamed("q2", "Billing EMEA"))
        .containsExactly(new Queue("q1", "Support", null), new Queue("q2", "Billing EMEA", null));
  }

  @Test
  void every_permission_the_service_uses_can_be_taken_away() {
    assertThat(Permissions.ALL)
        .containsExactlyInAnyOrder(
            "conversation:email:create",
            "routing:queue:view",
            "routing:skill:view",
            "architect:flow:view")
        .doesNotContain("routing:skill:manage", "routing:language:view");
  }
}

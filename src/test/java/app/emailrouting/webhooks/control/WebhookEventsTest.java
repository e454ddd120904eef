package app.emailrouting.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {

  @Test
  void a_failure_group_is_announced_at_the_threshold_then_each_time_it_doubles() {
    assertThat(LongStream.rangeClosed(1, 200).filter(n -> WebhookEvents.announces(n, 10)))
        .containsExactly(10L, 20L, 40L, 80L, 160L);
    assertThat(WebhookEvents.announces(5, 0)).as("no threshold, no announcement").isFalse();
  }
}

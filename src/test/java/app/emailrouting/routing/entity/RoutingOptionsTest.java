package app.emailrouting.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingOptionsTest {

  @Test
  void an_edit_names_the_fields_it_changed() {
    var before = new RoutingOptions(null, "flow", List.of("a"), "fr", 3);
    var after = new RoutingOptions("queue", null, List.of("a"), "fr", 4);

    assertThat(before.differencesFrom(after)).containsExactly("queueId", "flowId", "priority");
    assertThat(before.differencesFrom(before)).isEmpty();
  }
}

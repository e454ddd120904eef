package app.emailrouting.failedrequests.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BulkOperationTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void an_operation_that_matches_nothing_is_done_at_once() {
    var operation = new BulkOperation(BulkKind.REROUTE, "{}", 0, 0, "admin", NOW);

    assertThat(operation.state()).isEqualTo(BulkState.DONE);
    assertThat(operation.finishedAt()).isEqualTo(NOW);
  }

  @Test
  void chunks_move_the_cursor_and_the_count() {
    var operation = new BulkOperation(BulkKind.DELETE, "{}", 5, 90, "admin", NOW);
    operation.lease("a", NOW.plusSeconds(30));

    operation.advance(40, 3, NOW);
    operation.advance(90, 1, NOW);
    operation.finish(NOW);

    assertThat(operation.cursorId()).isEqualTo(90);
    assertThat(operation.done()).isEqualTo(4);
    assertThat(operation.skipped()).as("one no longer failed when reached").isEqualTo(1);
    assertThat(operation.isLeasedBy("a")).isFalse();
  }

  @Test
  void only_the_lease_holder_of_a_running_operation_works_on_it() {
    var operation = new BulkOperation(BulkKind.REROUTE, "{}", 5, 90, "admin", NOW);
    operation.lease("a", NOW.plusSeconds(30));

    assertThat(operation.isLeasedBy("a")).isTrue();
    assertThat(operation.isLeasedBy("b")).isFalse();
    operation.cancel(NOW);
    assertThat(operation.isLeasedBy("a")).isFalse();
    assertThat(operation.state()).isEqualTo(BulkState.CANCELLED);
  }
}

package app.emailrouting.failedrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.options.control.OptionsSnapshotTestData;
import app.emailrouting.options.control.StaleOptions;
import app.emailrouting.routing.entity.FailureReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCheckTest {

  private static final OptionsSnapshotTestData OPTIONS = new OptionsSnapshotTestData();

  @Test
  void a_request_with_every_id_usable_would_route() {
    var verdict =
        RouteCheck.verdict(
            new StaleOptions.Ids("support", null, List.of("refunds"), "english"),
            OPTIONS.snapshot());

    assertThat(verdict).isEqualTo(new RouteCheck.Verdict(null, false, true));
  }

  @Test
  void neither_or_both_of_queue_and_flow_is_an_invalid_flow_even_without_options() {
    assertThat(
            RouteCheck.verdict(new StaleOptions.Ids(null, null, List.of(), null), null).failure())
        .isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(
            RouteCheck.verdict(new StaleOptions.Ids("support", "flow", List.of(), null), null)
                .failure())
        .isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(RouteCheck.verdict(new StaleOptions.Ids("gone", null, List.of(), null), null))
        .as("without retrieved options the ids are not checked")
        .isEqualTo(new RouteCheck.Verdict(null, false, false));
  }

  @Test
  void a_gone_queue_fails_as_invalid_options_and_routes_once_its_suggestion_is_applied() {
    var verdict =
        RouteCheck.verdict(
            new StaleOptions.Ids("old-support", null, List.of(), null), OPTIONS.snapshot());

    assertThat(verdict)
        .isEqualTo(new RouteCheck.Verdict(FailureReason.INVALID_ROUTING_OPTIONS, true, true));
  }

  @Test
  void a_flow_that_is_not_usable_is_an_invalid_flow_and_a_gone_skill_without_suggestion_stays() {
    assertThat(
            RouteCheck.verdict(
                    new StaleOptions.Ids(null, "unpublished", List.of(), null), OPTIONS.snapshot())
                .failure())
        .isEqualTo(FailureReason.INVALID_FLOW);
    assertThat(
            RouteCheck.verdict(
                new StaleOptions.Ids("old-support", null, List.of("unknown-skill"), null),
                OPTIONS.snapshot()))
        .as("one id has a suggestion, the other none")
        .isEqualTo(new RouteCheck.Verdict(FailureReason.INVALID_ROUTING_OPTIONS, true, false));
  }
}

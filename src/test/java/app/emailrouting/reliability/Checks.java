package app.emailrouting.reliability;

import app.emailrouting.support.CreateEmailLedger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;

/** What the suites check over all routing requests, as lists of offenders for the message. */
final class Checks {

  private static final int SHOWN = 25;

  private Checks() {}

  /**
   * Nothing lost: every accepted request stored, every ROUTED one with a conversation the fake
   * created for it, and the middle check (how each request should have ended) in between.
   */
  static void nothingLost(
      SoftAssertions softly,
      Collection<String> accepted,
      Map<String, RoutingDatabase.Row> rows,
      CreateEmailLedger ledger,
      Predicate<RoutingDatabase.Row> endedAsExpected,
      String expected) {
    softly.assertThat(rows.keySet()).as("accepted requests stored").containsAll(accepted);
    softly
        .assertThat(matching(rows, endedAsExpected.negate()))
        .as("requests that did not end " + expected)
        .isEmpty();
    softly
        .assertThat(conversationsNotCreated(rows, ledger))
        .as("ROUTED requests whose conversation the fake did not create for them")
        .isEmpty();
  }

  /** The first requests that match, e.g. those not ROUTED. */
  static List<String> matching(
      Map<String, RoutingDatabase.Row> rows, Predicate<RoutingDatabase.Row> offending) {
    return rows.values().stream().filter(offending).map(String::valueOf).limit(SHOWN).toList();
  }

  /**
   * ROUTED requests whose conversation id is not one the fake created for them: a routing result
   * recorded from the wrong answer, or lost.
   */
  static List<String> conversationsNotCreated(
      Map<String, RoutingDatabase.Row> rows, CreateEmailLedger ledger) {
    return matching(rows, row -> "ROUTED".equals(row.status()) && !createdFor(row, ledger));
  }

  /**
   * The first requests with duplicates (those with definite answers only first), each with what the
   * fake saw (calls, conversations, whether an outcome was unknown) and the attempts the service
   * recorded: what a reader needs to tell a crash's in-flight request from a bug.
   */
  static List<String> duplicatesExplained(CreateEmailLedger ledger) {
    return ledger.duplicated().stream()
        .sorted(
            java.util.Comparator.comparing(
                (String screenPop) -> ledger.entry(screenPop).unknownOutcome()))
        .limit(10)
        .map(
            screenPop ->
                "%s %s attempts %s"
                    .formatted(
                        screenPop, ledger.entry(screenPop), RoutingDatabase.attemptsOf(screenPop)))
        .toList();
  }

  private static boolean createdFor(RoutingDatabase.Row row, CreateEmailLedger ledger) {
    return ledger.entry(row.externalId()).conversationIds().contains(row.conversationId());
  }
}

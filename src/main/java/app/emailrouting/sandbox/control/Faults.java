package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.FaultSwitches;
import java.util.function.UnaryOperator;

/**
 * The fault switches and their counting. Reading the switches and counting a failed call happen
 * under one lock, so that with {@code failNextCalls = N} exactly N of many concurrent calls fail.
 */
class Faults {

  private FaultSwitches switches = FaultSwitches.OFF;

  synchronized FaultSwitches switches() {
    return switches;
  }

  /**
   * Replaces the switches with {@code change} applied to them; the change may refuse by throwing,
   * and then nothing changes.
   *
   * @return the switches before the change
   */
  synchronized FaultSwitches update(UnaryOperator<FaultSwitches> change) {
    FaultSwitches before = switches;
    switches = change.apply(before);
    return before;
  }

  /** An outage refuses token requests too; rate limits and server errors are the API's. */
  synchronized void checkLogin() {
    if (switches.outage()) {
      throw PlatformErrors.unavailable(503);
    }
  }

  /**
   * Fails a Platform API call when a fault says so, counting it against {@code failNextCalls}.
   *
   * @throws PlatformError 503 in an outage, 429 when rate limited, else the chosen server error
   */
  synchronized void checkApiCall() {
    checkLogin();
    if (!switches.failsCalls()) {
      return;
    }
    PlatformError failure = failureOf(switches);
    switches = switches.afterFailedCall();
    throw failure;
  }

  private static PlatformError failureOf(FaultSwitches switches) {
    if (switches.rateLimited()) {
      return PlatformErrors.rateLimited(switches.retryAfterSeconds());
    }
    return PlatformErrors.serverError(switches.serverError());
  }

  /**
   * The answer create email calls get now ({@code createEmailAnswer}), counted against {@code
   * failNextCalls}; null when off.
   */
  synchronized String takeCreateEmailAnswer() {
    if (!switches.answersCreateEmail()) {
      return null;
    }
    String answer = switches.createEmailAnswer();
    switches = switches.afterFailedCall();
    return answer;
  }
}

package app.emailrouting.routing.entity;

import java.time.Duration;

/** What one routing attempt got from Genesys Cloud, in this service's own terms. */
public sealed interface AttemptResult {

  /** Genesys created the email conversation. */
  record Routed(String conversationId, ApiResponse apiResponse) implements AttemptResult {}

  /**
   * Genesys refused or could not handle the call. A transient failure is tried again later (never
   * before {@code retryAfter}); {@code stopsRouting} says that no other request can route either
   * until the admin fixes the cause (bad credentials, the create permission missing).
   */
  record Failed(
      FailureReason reason,
      boolean isTransient,
      Duration retryAfter,
      boolean stopsRouting,
      ApiResponse apiResponse)
      implements AttemptResult {}

  /**
   * The call went out but its outcome is unknown (no answer in time, a 500 or 504, a lease that
   * expired with the call in flight): Genesys may have created the email. Counted as an attempt,
   * and sent again only after {@link RetryPolicy#unknownOutcomeDelay()}, since a second send may
   * give the agent the same email twice.
   */
  record Unknown(ApiResponse apiResponse) implements AttemptResult {}

  /** The call was not made (circuit open, too many calls at once): not a failed attempt. */
  record NotSent(Duration retryAfter, String why) implements AttemptResult {}
}

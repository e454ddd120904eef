package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.entity.FaultSwitches;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The fault switches in the admin document. Read: every member. Written: a member left out keeps
 * its value, so {@code {"rateLimited": true, "failNextCalls": 1}} scripts one 429; an empty {@code
 * createEmailAnswer} switches it off.
 */
@JsonbPropertyOrder({
  "wrongCredentials",
  "expiredTokens",
  "missingPermissions",
  "rateLimited",
  "retryAfterSeconds",
  "serverError",
  "slowMillis",
  "outage",
  "failNextCalls",
  "createEmailAnswer",
  "missingDivisions"
})
public record FaultSwitchesDocument(
    Boolean wrongCredentials,
    Boolean expiredTokens,
    List<String> missingPermissions,
    Boolean rateLimited,
    Integer retryAfterSeconds,
    Integer serverError,
    Integer slowMillis,
    Boolean outage,
    Integer failNextCalls,
    String createEmailAnswer,
    List<String> missingDivisions) {

  static FaultSwitchesDocument of(FaultSwitches faults) {
    return new FaultSwitchesDocument(
        faults.wrongCredentials(),
        faults.expiredTokens(),
        faults.missingPermissions(),
        faults.rateLimited(),
        faults.retryAfterSeconds(),
        faults.serverError(),
        faults.slowMillis(),
        faults.outage(),
        faults.failNextCalls(),
        faults.createEmailAnswer(),
        faults.missingDivisions());
  }

  /** The current switches with the members of this document put in. */
  FaultSwitches applyTo(FaultSwitches current) {
    return new FaultSwitches(
        given(wrongCredentials, current.wrongCredentials()),
        given(expiredTokens, current.expiredTokens()),
        given(missingPermissions, current.missingPermissions()),
        given(rateLimited, current.rateLimited()),
        given(retryAfterSeconds, current.retryAfterSeconds()),
        given(serverError, current.serverError()),
        given(slowMillis, current.slowMillis()),
        given(outage, current.outage()),
        given(failNextCalls, current.failNextCalls()),
        createEmailAnswer == null
            ? current.createEmailAnswer()
            : createEmailAnswer.isBlank() ? null : createEmailAnswer,
        given(missingDivisions, current.missingDivisions()));
  }

  private static <T> T given(T value, T current) {
    return value == null ? current : value;
  }
}

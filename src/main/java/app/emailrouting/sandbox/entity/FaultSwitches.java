package app.emailrouting.sandbox.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The failures the sandbox simulates, all off by default.
 *
 * <p>{@code rateLimited} and {@code serverError} (an HTTP status, 0 = off) fail Platform API calls:
 * every call while {@code failNextCalls} is 0, else only the next {@code failNextCalls} calls,
 * after which both switch off by themselves, so a test can script "429, then success". {@code
 * createEmailAnswer} (null = off) answers create email calls as Genesys does in one of its less
 * common ways ({@link #CREATE_EMAIL_ANSWERS}), counted by {@code failNextCalls} too. {@code
 * missingDivisions} are divisions the OAuth client's role does not cover: an email to a queue in
 * one is refused (403 not.authorized).
 */
public record FaultSwitches(
    boolean wrongCredentials,
    boolean expiredTokens,
    List<String> missingPermissions,
    boolean rateLimited,
    int retryAfterSeconds,
    int serverError,
    int slowMillis,
    boolean outage,
    int failNextCalls,
    String createEmailAnswer,
    List<String> missingDivisions) {

  public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;

  /**
   * The answers {@code createEmailAnswer} can give: a 400 {@code general.bad.request} whose details
   * name the queue or flow, a 410 for a deleted flow, a 403 for a caller's address the OAuth client
   * does not allow, and a 504 after the email was created (an unknown outcome).
   */
  public static final List<String> CREATE_EMAIL_ANSWERS =
      List.of(
          "general.bad.request", "architect.flow.deleted", "ip.not.authorized", "created.then.504");

  public static final FaultSwitches OFF =
      new FaultSwitches(
          false,
          false,
          List.of(),
          false,
          DEFAULT_RETRY_AFTER_SECONDS,
          0,
          0,
          false,
          0,
          null,
          List.of());

  /** Keeps a null permission as given, so that the admin's check can name it. */
  public FaultSwitches {
    missingPermissions =
        missingPermissions == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(missingPermissions));
    missingDivisions = missingDivisions == null ? List.of() : List.copyOf(missingDivisions);
  }

  /** Whether the OAuth client's role does not cover this division (null: the home division). */
  public boolean lacksDivision(String division) {
    return division != null && missingDivisions.contains(division);
  }

  public boolean lacks(String permission) {
    return missingPermissions.contains(permission);
  }

  /** Whether create email calls get {@code createEmailAnswer} now. */
  public boolean answersCreateEmail() {
    return createEmailAnswer != null;
  }

  /** Whether a Platform API call fails now with a rate limit or a server error. */
  public boolean failsCalls() {
    return rateLimited || serverError != 0;
  }

  /** The switches after one call failed: a counted fault switches off after its last call. */
  public FaultSwitches afterFailedCall() {
    if (failNextCalls == 0) {
      return this;
    }
    if (failNextCalls == 1) {
      return with(false, 0, 0, null);
    }
    return with(rateLimited, serverError, failNextCalls - 1, createEmailAnswer);
  }

  private FaultSwitches with(
      boolean rateLimited, int serverError, int failNextCalls, String createEmailAnswer) {
    return new FaultSwitches(
        wrongCredentials,
        expiredTokens,
        missingPermissions,
        rateLimited,
        retryAfterSeconds,
        serverError,
        slowMillis,
        outage,
        failNextCalls,
        createEmailAnswer,
        missingDivisions);
  }
}

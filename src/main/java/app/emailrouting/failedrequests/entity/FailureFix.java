package app.emailrouting.failedrequests.entity;

import app.emailrouting.routing.entity.FailureReason;

/** What an admin does about each failure reason, in the words of the console. */
public enum FailureFix {
  BAD_CREDENTIALS(
      "Genesys Cloud refused the OAuth client",
      "Correct the client id, secret or region of the Genesys connection, test it, then reroute."
          + " Routing paused itself: pending requests wait and resume with the new connection."),
  MISSING_PERMISSIONS(
      "The OAuth client lacks a permission",
      "Add the permissions the API response names to the OAuth client's role in Genesys Cloud,"
          + " test the connection, then reroute."),
  INVALID_ROUTING_OPTIONS(
      "A queue, skill or language no longer exists",
      "Retrieve Options, edit the request to pick a queue, skills and language that exist, then"
          + " reroute."),
  INVALID_FLOW(
      "The CRM flow built the request wrongly",
      "Fix the CRM flow that builds routing requests (exactly one of a queue or an inbound email"
          + " flow), edit the request to set its queue or flow, then reroute."),
  RATE_LIMITED(
      "Genesys Cloud kept answering 429 Too Many Requests",
      "Usually nothing to fix: reroute later, and lower genesys.rate-limit.per-minute if it"
          + " happens often."),
  GENESYS_UNAVAILABLE(
      "Genesys Cloud could not be reached or kept failing",
      "Reroute once Genesys Cloud is back (see status.mypurecloud.com)."),
  REJECTED(
      "Genesys Cloud rejected the email",
      "Read the API response, edit the request, then reroute it or delete it.");

  private final String cause;
  private final String fix;

  FailureFix(String cause, String fix) {
    this.cause = cause;
    this.fix = fix;
  }

  public static FailureFix of(FailureReason reason) {
    return valueOf(reason.name());
  }

  public String cause() {
    return cause;
  }

  public String fix() {
    return fix;
  }
}

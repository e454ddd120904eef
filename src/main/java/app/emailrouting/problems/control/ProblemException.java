package app.emailrouting.problems.control;

/**
 * A refusal with an HTTP meaning that control code can raise without knowing JAX-RS: the status,
 * the problem type and a detail the caller can act on.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;

  public ProblemException(int status, String type, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "about:blank", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "/problems/conflict", detail);
  }

  public static ProblemException changedMeanwhile(String detail) {
    return new ProblemException(412, "/problems/changed-meanwhile", detail);
  }

  /** Too many logins just now: the problem type the API's login refusals have too. */
  public static ProblemException tooManyLogins(String detail) {
    return new ProblemException(429, "/problems/locked-out", detail);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }
}

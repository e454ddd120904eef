package app.emailrouting.sandbox.control;

/**
 * A refusal of the OAuth token endpoint. Its body is OAuth's ({@code error}, {@code
 * error_description}), not the Platform API's ErrorBody, exactly as Genesys Cloud's login answers.
 */
public class LoginError extends RuntimeException {

  private final String error;

  private LoginError(String error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  /** Wrong, unknown or blank client credentials; Genesys also answers this for a wrong region. */
  public static LoginError invalidClient() {
    return new LoginError("invalid_client", "authentication failed");
  }

  public static LoginError unsupportedGrantType() {
    return new LoginError("unsupported_grant_type", "grant type not supported");
  }

  public int status() {
    return 400;
  }

  public String error() {
    return error;
  }

  public String description() {
    return getMessage();
  }
}

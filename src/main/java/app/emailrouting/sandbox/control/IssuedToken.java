package app.emailrouting.sandbox.control;

/** An access token the sandbox issued, and its lifetime in seconds. */
public record IssuedToken(String accessToken, long expiresInSeconds) {

  /** Never the token itself: a token is a secret even in a simulator. */
  @Override
  public String toString() {
    return "IssuedToken[expiresInSeconds=" + expiresInSeconds + "]";
  }
}

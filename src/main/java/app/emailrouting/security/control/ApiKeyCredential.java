package app.emailrouting.security.control;

import jakarta.security.enterprise.credential.Credential;

/** An API key as a caller sent it ({@code Authorization: Bearer <key>}). */
public record ApiKeyCredential(String key) implements Credential {

  @Override
  public String toString() {
    return "ApiKeyCredential[***]";
  }
}

package app.emailrouting.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks API keys; the caller is named {@code api-key:<name>}, with the key's role. */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

  public static final String CALLER_PREFIX = "api-key:";

  @Inject ApiKeyStore keys;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiKeyCredential apiKey)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return keys.use(apiKey.key())
        .map(
            key ->
                new CredentialValidationResult(
                    CALLER_PREFIX + key.name(), Set.of(key.role().roleName())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}

package app.emailrouting.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks API keys; the caller is named {@code api-key:<name>}, with the key's role. A key checked
 * active a moment ago is taken from {@link RecentApiKeys} without a look at the table.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

  public static final String CALLER_PREFIX = "api-key:";

  @Inject ApiKeyStore keys;
  @Inject RecentApiKeys recent;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiKeyCredential apiKey)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String hash = ApiKeyStore.hash(apiKey.key());
    return recent
        .find(hash)
        .or(() -> keys.use(apiKey.key()).map(key -> recent.checked(hash, key.name(), key.role())))
        .map(
            caller ->
                new CredentialValidationResult(
                    CALLER_PREFIX + caller.name(), Set.of(caller.role().roleName())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}

package app.emailrouting.sandbox.control;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.emailrouting.sandbox.entity.EmailRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the sandbox tests send and how they read refusals. */
final class Calls {

  private Calls() {}

  static String basic(String clientId, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes());
  }

  static String bearer(IssuedToken token) {
    return "Bearer " + token.accessToken();
  }

  static PlatformError refusal(ThrowingCallable call) {
    return catchThrowableOfType(PlatformError.class, call);
  }

  static EmailRequest toQueue(String queueId) {
    return request(queueId, null, List.of(), null);
  }

  static EmailRequest request(
      String queueId, String flowId, List<String> skillIds, String languageId) {
    return new EmailRequest(
        queueId,
        flowId,
        "Salesforce",
        skillIds,
        languageId,
        5,
        Map.of("SF_URLPop", "500Qy00000AbCdE"),
        "support@example.com",
        "Support",
        "customer@example.org",
        "A Customer",
        "My order did not arrive",
        "INBOUND");
  }

  static EmailRequest withProvider(String provider) {
    return minimal(provider, null);
  }

  static EmailRequest withSubject(String subject) {
    return minimal("Salesforce", subject);
  }

  private static EmailRequest minimal(String provider, String subject) {
    return new EmailRequest(
        SeedData.SUPPORT_QUEUE_ID,
        null,
        provider,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        subject,
        null);
  }
}

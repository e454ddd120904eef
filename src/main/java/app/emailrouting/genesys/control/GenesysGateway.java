package app.emailrouting.genesys.control;

import app.emailrouting.routing.entity.ApiResponse;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes one request to Genesys Cloud: translates it into a {@link CreateEmailRequest}, calls with
 * a valid token (renewed once and replayed on a 401), and translates the answer back into an {@link
 * AttemptResult}. Nothing outside this package sees a Genesys type.
 */
@ApplicationScoped
public class GenesysGateway {

  /** The participant attribute Genesys' CRM integrations read the record to screen-pop from. */
  static final String SCREEN_POP_ATTRIBUTE = "SF_URLPop";

  /** How long a request waits on an instance that cannot decrypt the secret (another may route). */
  static final Duration SECRET_UNREADABLE_RETRY = Duration.ofSeconds(30);

  static final String CIRCUIT_DELAY =
      "app.emailrouting.genesys.control.GenesysCalls/createEmail/CircuitBreaker/delay";

  @Inject ConnectionSource connections;
  @Inject AccessTokens tokens;
  @Inject GenesysCalls calls;
  @Inject Pacer pacer;

  /**
   * How long the create email circuit stays open: the annotation's 30 s unless MicroProfile Fault
   * Tolerance's own override of it is set. Requests refused by an open circuit wait as long.
   */
  @Inject
  @ConfigProperty(name = CIRCUIT_DELAY, defaultValue = "30")
  long circuitDelaySeconds;

  private final Clock clock = Clock.systemUTC();

  public AttemptResult createEmail(RoutingRequest request) {
    try {
      CreatedEmail created = send(connections.current(), createEmailRequest(request));
      return new AttemptResult.Routed(
          created.conversation().id(),
          new ApiResponse(
              created.httpStatus(),
              null,
              "Created email conversation " + created.conversation().id(),
              null,
              created.body(),
              created.correlationId(),
              clock.instant()));
    } catch (SecretUnreadableException unreadable) {
      return new AttemptResult.NotSent(SECRET_UNREADABLE_RETRY, unreadable.getMessage());
    } catch (RuntimeException failure) {
      return GenesysFailures.ofCreateEmail(
          failure, clock.instant(), Duration.ofSeconds(circuitDelaySeconds));
    }
  }

  /**
   * Whether the connection works now: a fresh token and {@code GET /api/v2/tokens/me}. Empty when
   * it does, else what failed.
   */
  public Optional<AttemptResult.Failed> probe() {
    GenesysConnection connection = connections.current();
    tokens.clear();
    try {
      calls.read(connection, tokens.bearer(connection), PlatformClient::tokenInfo);
      return Optional.empty();
    } catch (RuntimeException failure) {
      return failed(failure);
    }
  }

  /** What a failed probe says; a probe that could not be made proves nothing and fails too. */
  private Optional<AttemptResult.Failed> failed(RuntimeException failure) {
    Instant now = clock.instant();
    return GenesysFailures.ofCreateEmail(failure, now) instanceof AttemptResult.Failed failed
        ? Optional.of(failed)
        : Optional.of(
            new AttemptResult.Failed(
                FailureReason.GENESYS_UNAVAILABLE,
                true,
                null,
                false,
                ApiResponse.local("genesys.probe.inconclusive", failure.getMessage(), now)));
  }

  /** Waits for a pacing slot before each send, outside the send's time limit. */
  private CreatedEmail send(GenesysConnection connection, CreateEmailRequest body) {
    return tokens.withToken(
        connection,
        token -> {
          pacer.acquireForRouting();
          return calls.createEmail(connection, token, body);
        });
  }

  /** The create email body: exactly what the request names, absent members left out. */
  static CreateEmailRequest createEmailRequest(RoutingRequest request) {
    RoutingOptions options = request.options();
    EmailDetails email = request.email();
    return new CreateEmailRequest(
        options.queueId(),
        options.flowId(),
        email.provider(),
        options.skillIds().isEmpty() ? null : options.skillIds(),
        options.languageId(),
        options.priority(),
        attributes(email),
        email.toAddress(),
        email.toName(),
        email.fromAddress(),
        email.fromName(),
        email.subject(),
        CreateEmailRequest.INBOUND);
  }

  private static Map<String, String> attributes(EmailDetails email) {
    var attributes = new LinkedHashMap<>(email.attributes());
    if (email.screenPopId() != null) {
      attributes.put(SCREEN_POP_ATTRIBUTE, email.screenPopId());
    }
    return attributes.isEmpty() ? null : attributes;
  }
}

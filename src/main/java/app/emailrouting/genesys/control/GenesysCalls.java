package app.emailrouting.genesys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The calls to Genesys Cloud, the only code that uses the REST clients: a transport failure becomes
 * a {@link GenesysUnreachableException} here and nowhere else. Each Platform API call is guarded by
 * MicroProfile Fault Tolerance. Every limit can be changed with the standard keys, e.g. {@code
 * app.emailrouting.genesys.control.GenesysCalls/createEmail/Retry/maxRetries=0}.
 *
 * <p>Only answers that say Genesys did not handle the call (502, 503) and refused connections are
 * retried here; a read timeout, a 500 or a 504 is not, since the email may have been created. The
 * circuit opens on outages only, never on a refused request. Create email is paced by its caller,
 * before this timed call: a wait inside it could be cut by the timeout while the call still goes
 * out.
 */
@ApplicationScoped
public class GenesysCalls {

  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(3);
  static final String UNREADABLE_ANSWER = "genesys.unreadable.answer";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject GenesysClients clients;
  @Inject Pacer pacer;

  @Bulkhead(20)
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.6,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      successThreshold = 2,
      failOn = {
        GenesysApiException.ServerBusy.class,
        GenesysUnreachableException.class,
        TimeoutException.class
      })
  @Retry(
      maxRetries = 2,
      delay = 500,
      jitter = 250,
      retryOn = {
        GenesysApiException.ServerBusy.class,
        GenesysUnreachableException.NotConnected.class
      })
  public CreatedEmail createEmail(
      GenesysConnection connection, String accessToken, CreateEmailRequest request) {
    try (Response response =
        clients.platform(connection).createEmail("Bearer " + accessToken, request)) {
      String body = response.readEntity(String.class);
      String correlationId = response.getHeaderString(GenesysResponseMapper.CORRELATION_ID);
      return new CreatedEmail(
          conversation(body, response.getStatus(), correlationId),
          response.getStatus(),
          body,
          correlationId);
    } catch (GenesysApiException answer) {
      throw heldIfRateLimited(answer);
    } catch (ProcessingException failure) {
      throw GenesysUnreachableException.from(failure);
    }
  }

  /**
   * The created conversation, or, for a success whose body is not one (a proxy's HTML page), an
   * answer kept as it came: the request then fails as REJECTED instead of being sent again.
   */
  private static EmailConversation conversation(String body, int status, String correlationId) {
    try {
      EmailConversation conversation =
          body == null ? null : JSONB.fromJson(body, EmailConversation.class);
      if (conversation != null && conversation.id() != null && !conversation.id().isBlank()) {
        return conversation;
      }
    } catch (JsonbException unreadable) {
      // answered below
    }
    throw new GenesysApiException(
        GenesysApiException.Endpoint.API,
        status,
        UNREADABLE_ANSWER,
        "Genesys Cloud answered "
            + status
            + " without an email conversation: the email may or may not have been created.",
        null,
        body,
        correlationId,
        null);
  }

  /**
   * Asks the login host for an access token (client credentials grant). Not retried nor paced: the
   * token cache makes one call at a time, and a refusal is the admin's to fix.
   */
  public AuthResponse token(GenesysConnection connection, String basicCredentials) {
    try {
      return clients.login(connection).token(basicCredentials, "client_credentials");
    } catch (ProcessingException failure) {
      throw GenesysUnreachableException.from(failure);
    }
  }

  /** One read of the Platform API, such as {@code GET /api/v2/tokens/me} or a listing page. */
  @FunctionalInterface
  public interface Read {
    Response call(PlatformClient platform, String bearer);
  }

  /**
   * Makes a read call (tokens/me, a listing page) and answers its body; errors come as typed
   * exceptions. A read changes nothing in Genesys, yet only the same transient answers as for
   * createEmail are retried here: the caller decides the rest.
   */
  @Bulkhead(20)
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 500,
      jitter = 250,
      retryOn = {
        GenesysApiException.ServerBusy.class,
        GenesysUnreachableException.NotConnected.class
      })
  public String read(GenesysConnection connection, String accessToken, Read read) {
    pacer.acquire();
    try (Response response = read.call(clients.platform(connection), "Bearer " + accessToken)) {
      return response.readEntity(String.class);
    } catch (GenesysApiException answer) {
      throw heldIfRateLimited(answer);
    } catch (ProcessingException failure) {
      throw GenesysUnreachableException.from(failure);
    }
  }

  private GenesysApiException heldIfRateLimited(GenesysApiException answer) {
    if (answer.httpStatus() == 429) {
      pacer.holdFor(answer.retryAfter().orElse(DEFAULT_RETRY_AFTER));
    }
    return answer;
  }
}

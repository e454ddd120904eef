package app.emailrouting.genesys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The OAuth access token (client credentials grant), shared by every thread and renewed a minute
 * before it expires, one renewal at a time. A token refused by the API is dropped so that the next
 * caller gets a new one. Tokens are never logged.
 */
@ApplicationScoped
public class AccessTokens {

  static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
  static final Duration LONGEST_RENEWAL_WAIT = Duration.ofSeconds(20);

  @Inject GenesysCalls calls;

  private final Clock clock = Clock.systemUTC();
  private final ReentrantLock renewal = new ReentrantLock();
  private volatile Token token;

  private record Token(GenesysConnection connection, String value, Instant renewAt) {}

  /** A valid access token for the connection, from the cache or freshly granted. */
  public String bearer(GenesysConnection connection) {
    Token current = token;
    if (isUsable(current, connection)) {
      return current.value();
    }
    lockRenewal();
    try {
      current = token;
      if (!isUsable(current, connection)) {
        current = grant(connection);
        token = current;
      }
      return current.value();
    } finally {
      renewal.unlock();
    }
  }

  /**
   * Waits for another thread's renewal at most {@link #LONGEST_RENEWAL_WAIT}: a token endpoint that
   * hangs must not hold every caller; the call is then not made.
   */
  private void lockRenewal() {
    try {
      if (renewal.tryLock(LONGEST_RENEWAL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new CallNotMadeException(
        "No access token could be had in time: the call was not made", LONGEST_RENEWAL_WAIT);
  }

  /**
   * Makes an API call with a valid token; when the API refuses the token (401), drops it, gets a
   * new one once and replays the call. A second refusal is the caller's to handle.
   */
  public <T> T withToken(GenesysConnection connection, Function<String, T> call) {
    String token = bearer(connection);
    try {
      return call.apply(token);
    } catch (GenesysApiException answer) {
      if (!isRefusedToken(answer)) {
        throw answer;
      }
      refused(token);
      return call.apply(bearer(connection));
    }
  }

  private static boolean isRefusedToken(GenesysApiException answer) {
    return answer.endpoint() == GenesysApiException.Endpoint.API && answer.httpStatus() == 401;
  }

  /** Drops a token the API refused, unless another thread has renewed it already. */
  public void refused(String value) {
    Token current = token;
    if (current != null && current.value().equals(value)) {
      token = null;
    }
  }

  /** Drops the cached token, e.g. when the connection changes. */
  public void clear() {
    token = null;
  }

  private boolean isUsable(Token candidate, GenesysConnection connection) {
    return candidate != null
        && candidate.connection().equals(connection)
        && clock.instant().isBefore(candidate.renewAt());
  }

  private Token grant(GenesysConnection connection) {
    if (!connection.hasCredentials()) {
      throw new GenesysApiException(
          GenesysApiException.Endpoint.LOGIN,
          401,
          "invalid_client",
          "No OAuth client id and secret are configured for the Genesys connection.",
          null,
          null,
          null,
          null);
    }
    AuthResponse answer = calls.token(connection, basic(connection));
    long lifetime = answer.expiresIn() == null ? 300 : answer.expiresIn();
    Duration renewIn =
        Duration.ofSeconds(lifetime)
                    .minus(RENEW_BEFORE_EXPIRY)
                    .compareTo(Duration.ofSeconds(lifetime / 2))
                > 0
            ? Duration.ofSeconds(lifetime).minus(RENEW_BEFORE_EXPIRY)
            : Duration.ofSeconds(lifetime / 2);
    return new Token(connection, answer.accessToken(), clock.instant().plus(renewIn));
  }

  private static String basic(GenesysConnection connection) {
    String pair = connection.clientId() + ":" + connection.clientSecret();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}

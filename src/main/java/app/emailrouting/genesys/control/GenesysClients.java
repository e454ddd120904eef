package app.emailrouting.genesys.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * MicroProfile Rest Clients for the Genesys hosts in use, built once per base URL and replaced (the
 * old one closed) when the connection moves. Connect and read timeouts stay below the gateway's
 * {@code @Timeout}, which cannot interrupt a blocking call by itself.
 */
@ApplicationScoped
public class GenesysClients {

  @Inject
  @ConfigProperty(name = "genesys.connect-timeout-ms", defaultValue = "5000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "genesys.read-timeout-ms", defaultValue = "10000")
  long readTimeoutMillis;

  private final AtomicReference<Built<LoginClient>> login = new AtomicReference<>();
  private final AtomicReference<Built<PlatformClient>> platform = new AtomicReference<>();

  /** A client and the base URL it was built for. */
  private record Built<T>(URI base, T client) {}

  public LoginClient login(GenesysConnection connection) {
    return current(
        login, connection.loginBase(), GenesysApiException.Endpoint.LOGIN, LoginClient.class);
  }

  public PlatformClient platform(GenesysConnection connection) {
    return current(
        platform, connection.apiBase(), GenesysApiException.Endpoint.API, PlatformClient.class);
  }

  /**
   * The client for this base URL: the one in use, or a new one that replaces it (the connection
   * moved), the old one closed so that its connections do not linger.
   */
  private <T> T current(
      AtomicReference<Built<T>> slot,
      URI base,
      GenesysApiException.Endpoint endpoint,
      Class<T> type) {
    Built<T> built = slot.get();
    if (built != null && built.base().equals(base)) {
      return built.client();
    }
    synchronized (slot) {
      built = slot.get();
      if (built != null && built.base().equals(base)) {
        return built.client();
      }
      Built<T> replacement = new Built<>(base, build(base, endpoint, type));
      slot.set(replacement);
      if (built != null) {
        closeQuietly(built.client());
      }
      return replacement.client();
    }
  }

  private <T> T build(URI base, GenesysApiException.Endpoint endpoint, Class<T> type) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
        .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
        .register(new GenesysResponseMapper(endpoint))
        .build(type);
  }

  @PreDestroy
  void close() {
    Optional.ofNullable(login.get()).ifPresent(built -> closeQuietly(built.client()));
    Optional.ofNullable(platform.get()).ifPresent(built -> closeQuietly(built.client()));
  }

  private static void closeQuietly(Object client) {
    try {
      if (client instanceof AutoCloseable closeable) {
        closeable.close();
      }
    } catch (Exception e) {
      // closing a client no longer used: nothing left to do
    }
  }
}

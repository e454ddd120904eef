package app.emailrouting.genesys.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * MicroProfile Rest Clients for the Genesys hosts in use, built once per base URL (the connection
 * can change at run time). Connect and read timeouts stay below the gateway's {@code @Timeout},
 * which cannot interrupt a blocking call by itself.
 */
@ApplicationScoped
public class GenesysClients {

  @Inject
  @ConfigProperty(name = "genesys.connect-timeout-ms", defaultValue = "5000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "genesys.read-timeout-ms", defaultValue = "10000")
  long readTimeoutMillis;

  private final Map<URI, LoginClient> logins = new ConcurrentHashMap<>();
  private final Map<URI, PlatformClient> platforms = new ConcurrentHashMap<>();

  public LoginClient login(GenesysConnection connection) {
    return logins.computeIfAbsent(
        connection.loginBase(),
        base -> build(base, GenesysApiException.Endpoint.LOGIN, LoginClient.class));
  }

  public PlatformClient platform(GenesysConnection connection) {
    return platforms.computeIfAbsent(
        connection.apiBase(),
        base -> build(base, GenesysApiException.Endpoint.API, PlatformClient.class));
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
    logins.values().forEach(GenesysClients::closeQuietly);
    platforms.values().forEach(GenesysClients::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable client) {
    try {
      client.close();
    } catch (Exception e) {
      // closing at shutdown: nothing left to do
    }
  }
}

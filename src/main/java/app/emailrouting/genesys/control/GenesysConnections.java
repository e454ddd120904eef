package app.emailrouting.genesys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Genesys connection from configuration: {@code GENESYS_REGION} (a region name or domain, or
 * {@code sandbox}), optional {@code GENESYS_API_URL} / {@code GENESYS_LOGIN_URL} overrides, and the
 * OAuth client credentials. The sandbox is this service's own simulator under {@code /sandbox},
 * reached over real HTTP on the loopback interface; without credentials it is called with the
 * sandbox's own.
 */
@ApplicationScoped
public class GenesysConnections {

  static final String SANDBOX_CLIENT = "sandbox-client";

  @Inject
  @ConfigProperty(name = "genesys.region", defaultValue = GenesysRegion.SANDBOX)
  String region;

  @Inject
  @ConfigProperty(name = "genesys.api-url")
  Optional<String> apiUrl;

  @Inject
  @ConfigProperty(name = "genesys.login-url")
  Optional<String> loginUrl;

  @Inject
  @ConfigProperty(name = "genesys.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "genesys.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "port", defaultValue = "8080")
  int port;

  /** The connection in effect now. */
  public GenesysConnection current() {
    return isSandbox() ? sandbox() : genesys();
  }

  public boolean isSandbox() {
    return GenesysRegion.SANDBOX.equalsIgnoreCase(region.strip());
  }

  private GenesysConnection sandbox() {
    URI base = URI.create("http://127.0.0.1:" + port + "/sandbox");
    return new GenesysConnection(
        GenesysRegion.SANDBOX,
        apiUrl.map(URI::create).orElse(base),
        loginUrl.map(URI::create).orElse(base),
        clientId.orElse(SANDBOX_CLIENT),
        clientSecret.orElse(SANDBOX_CLIENT));
  }

  private GenesysConnection genesys() {
    var known =
        GenesysRegion.of(region)
            .orElseThrow(() -> new IllegalStateException("Unknown Genesys region: " + region));
    return new GenesysConnection(
        known.regionName(),
        URI.create(apiUrl.orElse(known.apiBase())),
        URI.create(loginUrl.orElse(known.loginBase())),
        clientId.orElse(null),
        clientSecret.orElse(null));
  }
}

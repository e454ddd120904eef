package app.emailrouting.sandbox.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The Genesys Cloud simulator, served under {@code /sandbox}: the gateway's login and API base URL
 * when the region is {@code sandbox}. Lists its classes so that no scanned resource or provider of
 * the main application answers here, and none of these answers under {@code /api}.
 */
@ApplicationPath("sandbox")
public class SandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        OAuthTokensResource.class,
        EmailConversationsResource.class,
        SandboxListingsResource.class,
        TokensResource.class,
        SimulatorFilter.class,
        PlatformErrorMapper.class,
        LoginErrorMapper.class,
        SimulatorFailureMapper.class);
  }
}

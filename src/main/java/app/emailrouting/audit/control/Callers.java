package app.emailrouting.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling: the console user or API key the container authenticated, {@code anonymous}
 * without one. Work the service does by itself (timers, bulk operations) names its actor instead.
 */
@ApplicationScoped
public class Callers {

  public static final String ANONYMOUS = "anonymous";
  public static final String SERVICE = "service";

  @Inject SecurityContext security;

  public String current() {
    try {
      return Optional.ofNullable(security.getCallerPrincipal())
          .map(Principal::getName)
          .orElse(ANONYMOUS);
    } catch (RuntimeException outsideARequest) {
      return SERVICE;
    }
  }
}

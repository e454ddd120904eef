package app.emailrouting.console.boundary;

import app.emailrouting.access.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

/**
 * Refuses any call on a {@link ReadersOnly} page bean to a caller who is no viewer or admin. The
 * security context (a proxy to whoever calls now) is looked up, not injected, and kept in a
 * transient field, so that the interceptor of a view-scoped page stays serializable.
 */
@ReadersOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReaderCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The container's security context (a proxy to the current caller), looked up once. */
  private transient SecurityContext security;

  @AroundInvoke
  Object call(InvocationContext call) throws Exception {
    requireReader();
    return call.proceed();
  }

  @PostConstruct
  void construct(InvocationContext construction) throws Exception {
    requireReader();
    construction.proceed();
  }

  private void requireReader() {
    if (security == null) {
      security = CDI.current().select(SecurityContext.class).get();
    }
    if (!security.isCallerInRole(Role.VIEWER_NAME) && !security.isCallerInRole(Role.ADMIN_NAME)) {
      throw new SecurityException("The console's data is for signed-in viewers and admins.");
    }
  }
}

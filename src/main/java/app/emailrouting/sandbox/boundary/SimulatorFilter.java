package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.Sandbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Applies what holds for every simulator call: a 404 while {@code sandbox.enabled} is false or the
 * connection's region is not the sandbox ({@link SimulatorAccess}), the {@code slowMillis} delay
 * before answering, and an {@code ININ-Correlation-Id} on every response. Registered by {@link
 * SandboxApplication} only, hence no {@code @Provider}.
 */
public class SimulatorFilter implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject Sandbox sandbox;
  @Inject SimulatorAccess access;

  @Override
  public void filter(ContainerRequestContext request) {
    var refusal = access.refusal();
    if (refusal.isPresent()) {
      request.abortWith(PlatformAnswers.error(refusal.get()));
      return;
    }
    pause(sandbox.slowMillis());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey(PlatformAnswers.CORRELATION_ID)) {
      response
          .getHeaders()
          .putSingle(PlatformAnswers.CORRELATION_ID, PlatformAnswers.newCorrelationId());
    }
  }

  private static void pause(int millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

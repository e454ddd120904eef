package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.PlatformError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A simulated Platform API error: Genesys Cloud's status, headers and ErrorBody. Registered by
 * {@link SandboxApplication} only, hence no {@code @Provider}.
 */
public class PlatformErrorMapper implements ExceptionMapper<PlatformError> {

  @Override
  public Response toResponse(PlatformError error) {
    return PlatformAnswers.error(error);
  }
}

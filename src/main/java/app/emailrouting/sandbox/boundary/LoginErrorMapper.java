package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.LoginError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refused token request, in OAuth's error shape. Registered by {@link SandboxApplication}. */
public class LoginErrorMapper implements ExceptionMapper<LoginError> {

  @Override
  public Response toResponse(LoginError error) {
    return PlatformAnswers.error(error);
  }
}

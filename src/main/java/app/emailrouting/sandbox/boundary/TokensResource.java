package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.Sandbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The simulated {@code GET /api/v2/tokens/me}: which organization and OAuth client a token belongs
 * to; the product's connection test. The client id is the one the token was issued to.
 */
@Path("api/v2/tokens")
public class TokensResource {

  @Inject Sandbox sandbox;

  @GET
  @Path("me")
  public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String clientId = sandbox.authorize(authorization);
    return PlatformAnswers.ok(PlatformJson.tokenOwner(clientId));
  }
}

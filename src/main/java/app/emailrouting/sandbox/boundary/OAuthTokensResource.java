package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.Sandbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The simulated login: {@code POST /sandbox/oauth/token}, the client credentials grant with the
 * client id and secret in a Basic authorization header.
 */
@Path("oauth/token")
public class OAuthTokensResource {

  @Inject Sandbox sandbox;
  @Inject SimulatorAccess access;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issue(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @FormParam("grant_type") String grantType) {
    var token = sandbox.login(authorization, grantType, access.knownClient());
    return Response.fromResponse(PlatformAnswers.ok(PlatformJson.token(token)))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}

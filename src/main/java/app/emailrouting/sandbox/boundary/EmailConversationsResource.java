package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.Sandbox;
import app.emailrouting.sandbox.entity.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The simulated {@code POST /api/v2/conversations/emails}. The body is read only once the call is
 * authorized, and raw, so that its size and syntax are checked in Genesys Cloud's order.
 */
@Path("api/v2/conversations/emails")
public class EmailConversationsResource {

  @Inject Sandbox sandbox;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
    sandbox.authorize(authorization, Permissions.CREATE_EMAIL);
    var conversation = sandbox.createEmail(EmailRequestReader.read(body));
    return PlatformAnswers.ok(PlatformJson.createdEmail(conversation));
  }
}

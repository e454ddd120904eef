package app.emailrouting.genesys.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Genesys' OAuth token endpoint, {@code https://login.<domain>}. */
@Path("/oauth/token")
public interface LoginClient extends AutoCloseable {

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  AuthResponse token(
      @HeaderParam("Authorization") String basicCredentials,
      @FormParam("grant_type") String grantType);
}

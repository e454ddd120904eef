package app.emailrouting.genesys.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Genesys Platform API, {@code https://api.<domain>}. Answers of 400 and above become {@link
 * GenesysApiException}s through {@link GenesysResponseMapper}; the raw {@link Response} of a
 * success is kept for its {@code ININ-Correlation-Id}.
 */
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
public interface PlatformClient extends AutoCloseable {

  @POST
  @Path("/conversations/emails")
  @Consumes(MediaType.APPLICATION_JSON)
  Response createEmail(@HeaderParam("Authorization") String bearer, CreateEmailRequest request);

  @GET
  @Path("/tokens/me")
  Response tokenInfo(@HeaderParam("Authorization") String bearer);

  @GET
  @Path("/routing/queues")
  Response queues(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("pageNumber") int pageNumber,
      @QueryParam("pageSize") int pageSize);

  @GET
  @Path("/routing/skills")
  Response skills(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("pageNumber") int pageNumber,
      @QueryParam("pageSize") int pageSize);

  @GET
  @Path("/routing/languages")
  Response languages(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("pageNumber") int pageNumber,
      @QueryParam("pageSize") int pageSize);

  @GET
  @Path("/flows")
  Response flows(
      @HeaderParam("Authorization") String bearer,
      @QueryParam("type") String type,
      @QueryParam("pageNumber") int pageNumber,
      @QueryParam("pageSize") int pageSize);
}

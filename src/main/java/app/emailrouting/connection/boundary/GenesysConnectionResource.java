package app.emailrouting.connection.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.connection.control.ConnectionChange;
import app.emailrouting.connection.control.ConnectionChanges;
import app.emailrouting.connection.control.ConnectionSettingsStore;
import app.emailrouting.connection.control.ConnectionTest;
import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.genesys.control.ConnectionReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Genesys connection: region, URL overrides, OAuth client, and a test of it. */
@Path("genesys-connection")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Genesys connection")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class GenesysConnectionResource {

  @Inject ConnectionSettingsStore store;
  @Inject GenesysConnections connections;
  @Inject ConnectionChanges changes;
  @Inject ConnectionTest test;

  @GET
  @Operation(summary = "The Genesys connection; the client secret is never shown")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "eu-west-1",
                      value =
                          "{\"region\": \"eu-west-1\", \"apiUrl\": null, \"loginUrl\": null,"
                              + " \"clientId\": \"6f1e2b9c-0d4e-4b8a-9d7e-2a3c4b5d6e7f\","
                              + " \"clientSecretSet\": true, \"effectiveApiUrl\":"
                              + " \"https://api.mypurecloud.ie\", \"effectiveLoginUrl\":"
                              + " \"https://login.mypurecloud.ie\"}")))
  public GenesysConnectionView read() {
    var settings = store.current();
    return GenesysConnectionView.of(settings, connections.described(settings));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the Genesys connection",
      description =
          "region: a region name (eu-west-1), its domain (mypurecloud.ie) or sandbox. apiUrl and"
              + " loginUrl override the region's hosts. clientSecret is write-only: leave it out to"
              + " keep it, send an empty string to remove it. The cached token is dropped and a"
              + " paused routing pipeline resumes.")
  @APIResponse(responseCode = "200", description = "The connection as now stored")
  @APIResponse(responseCode = "400", description = "A bad region or URL, naming the field")
  @RolesAllowed(Role.ADMIN_NAME)
  public GenesysConnectionView change(
      @NotNull(message = "a JSON body is required") GenesysConnectionInput input) {
    var change =
        ConnectionChange.of(
            input.region, input.apiUrl, input.loginUrl, input.clientId, input.clientSecret);
    var settings = changes.apply(change);
    return GenesysConnectionView.of(settings, connections.described(settings));
  }

  @POST
  @Path("test")
  @Operation(
      summary = "Test the Genesys connection",
      description =
          "Gets a token, reads /api/v2/tokens/me, then checks each permission the service needs"
              + " by reading what it lists. conversation:email:create is not checkable without"
              + " creating an email.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "flows not allowed",
                      value =
                          "{\"ok\": false, \"organization\": \"Acme\", \"client\": \"Email"
                              + " Routing\", \"checks\": [{\"permission\": \"routing:queue:view\","
                              + " \"ok\": true, \"detail\": \"Queues can be listed.\"},"
                              + " {\"permission\": \"architect:flow:view\", \"ok\": false,"
                              + " \"detail\": \"HTTP 403 missing.permissions: You are missing the"
                              + " following permission(s): architect:flow:view\"}]}")))
  @RolesAllowed(Role.ADMIN_NAME)
  public ConnectionReport test() {
    return test.run();
  }
}

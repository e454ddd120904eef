package app.emailrouting.options.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.options.control.OptionFilter;
import app.emailrouting.options.control.OptionsRetrievalStore;
import app.emailrouting.options.control.RetrieveOptions;
import app.emailrouting.options.control.RoutingOptionStore;
import app.emailrouting.problems.boundary.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Retrieve Options, and the retrieved queues, skills, languages and inbound email flows that CRM
 * picklists and the console read. A retrieval runs in the background: paging through four listings
 * can take longer than a request should.
 */
@Path("routing-options")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing options")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class RoutingOptionsResource {

  @Inject RoutingOptionStore options;
  @Inject OptionsRetrievalStore retrievals;
  @Inject RetrieveOptions retrieveOptions;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "The retrieved routing options",
      description =
          "The queues, skills, languages and inbound email flows of the last successful Retrieve"
              + " Options, by type then name, with retrievedAt (null before the first) and"
              + " warnings: lists over a CRM picklist's limit (1,000 queues, 1,000 languages, 500"
              + " skills) and inactive or deleted entries.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(examples = @ExampleObject(name = "options", value = OptionExamples.OPTIONS)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown type",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples =
                  @ExampleObject(name = "invalid type", value = OptionExamples.INVALID_TYPE)))
  public RoutingOptionsView list(
      @QueryParam("type") @Parameter(description = "QUEUE, SKILL, LANGUAGE or INBOUND_EMAIL_FLOW")
          String type,
      @QueryParam("name") @Parameter(description = "Text the name contains, ignoring case")
          String name) {
    var filter = OptionFilter.of(type, name);
    var retrieval = retrievals.current();
    return new RoutingOptionsView(
        retrieval.retrievedAt(),
        retrieval.warnings(),
        options.list(filter).stream().map(RoutingOptionsView.Item::of).toList());
  }

  @POST
  @Path("retrieve")
  @Operation(
      summary = "Retrieve Options",
      description =
          "Starts reading the queues, skills, languages and inbound email flows from Genesys"
              + " Cloud, every page, in the background; GET /api/routing-options/retrieval shows"
              + " its progress. The stored options are replaced at once when every list was read;"
              + " a failed retrieval keeps them and says what failed (e.g. a missing permission).")
  @APIResponse(
      responseCode = "202",
      description = "Started; Location is the retrieval's status",
      content =
          @Content(examples = @ExampleObject(name = "started", value = OptionExamples.RUNNING)))
  @APIResponse(
      responseCode = "409",
      description = "A retrieval is running already",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples = @ExampleObject(name = "running", value = OptionExamples.CONFLICT)))
  @RolesAllowed(Role.ADMIN_NAME)
  public Response retrieve() {
    var view = RetrievalView.of(retrieveOptions.start());
    var location = uriInfo.getBaseUriBuilder().path("routing-options/retrieval").build();
    return Response.accepted(view).location(location).build();
  }

  @GET
  @Path("retrieval")
  @Operation(
      summary = "The last Retrieve Options",
      description =
          "State (NONE, RUNNING, SUCCEEDED, FAILED), progress (pages and options read so far),"
              + " the error of a failed one, and the stored set's retrievedAt, counts and"
              + " warnings.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples = {
                @ExampleObject(name = "running", value = OptionExamples.RUNNING),
                @ExampleObject(name = "failed", value = OptionExamples.FAILED)
              }))
  public RetrievalView retrieval() {
    return RetrievalView.of(retrievals.current());
  }
}

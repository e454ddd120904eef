package app.emailrouting.webhooks.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.webhooks.control.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions: events back to the CRM and to chat, signed as Standard Webhooks says, and
 * each one's deliveries with the endpoint's answers.
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class WebhooksResource {

  static final String EVENTS =
      "routing-request.routed (with the Genesys conversationId), routing-request.failed"
          + " (failureReason, apiResponse, link), routing-pipeline.paused,"
          + " routing-pipeline.resumed, failure-group.grew (10, 20, 40... failed of one reason"
          + " and code)";

  @Inject WebhookSubscriptions subscriptions;
  @Context UriInfo uriInfo;

  /** The body of a new or changed subscription. Public fields: see RoutingRequestInput. */
  public static class Input {
    @Size(max = WebhookSubscriptions.URL_LENGTH)
    public String url;

    @Size(max = 10)
    public List<@NotNull String> events;

    public Boolean enabled;

    @Size(max = 255)
    public String description;
  }

  @GET
  @Operation(summary = "List webhook subscriptions (never their secrets)")
  public List<WebhookView> list() {
    return subscriptions.list().stream().map(s -> WebhookView.of(s, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe an endpoint to events",
      description =
          "{url (http or https), events, description}. Events: "
              + EVENTS
              + ". The answer's secret (whsec_...) is shown this once: verify each delivery's"
              + " webhook-signature (v1,<base64 HMAC-SHA256 of webhook-id.webhook-timestamp.body>"
              + " keyed with the secret's base64-decoded part after whsec_). Deliveries are"
              + " retried with backoff for a day (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), in"
              + " order per routing request; an endpoint failing for a day is disabled.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "CRM",
                      value =
                          "{\"url\": \"https://crm.example.com/hooks/genesys-email\", \"events\":"
                              + " [\"routing-request.routed\", \"routing-request.failed\"]}")))
  @APIResponse(responseCode = "201", description = "Created, with its secret shown once")
  @APIResponse(responseCode = "400", description = "A bad URL or an unknown event")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response create(@NotNull(message = "a JSON body is required") Input input) {
    var created = subscriptions.create(input.url, input.events, input.description);
    var location =
        uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.subscription().id())).build();
    return Response.created(location)
        .entity(WebhookView.of(created.subscription(), created.secret()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One webhook subscription")
  @APIResponse(responseCode = "404", description = "No such subscription")
  public WebhookView read(@PathParam("id") String id) {
    return WebhookView.of(subscriptions.find(key(id, NOT_FOUND)), null);
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change a subscription",
      description =
          "Any of url, events, enabled, description. enabled true switches on an endpoint the"
              + " service disabled after a day of failures.")
  @APIResponse(responseCode = "404", description = "No such subscription")
  @RolesAllowed(Role.ADMIN_NAME)
  public WebhookView change(
      @PathParam("id") String id, @NotNull(message = "a JSON body is required") Input input) {
    return WebhookView.of(
        subscriptions.change(
            key(id, NOT_FOUND), input.url, input.events, input.enabled, input.description),
        null);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a subscription and its deliveries")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such subscription")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response delete(@PathParam("id") String id) {
    subscriptions.delete(key(id, NOT_FOUND));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(
      summary = "A subscription's deliveries, newest first",
      description =
          "Each with its webhook-id, type, state (PENDING, DELIVERED, FAILED), attempts, the"
              + " endpoint's last status and answer (first 2,000 characters) or error, when it"
              + " is tried next, and the payload.")
  @APIResponse(responseCode = "404", description = "No such subscription")
  public List<DeliveryView> deliveries(
      @PathParam("id") String id,
      @QueryParam("limit")
          @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "1 to 500; default 50")
          String limit) {
    return subscriptions
        .deliveries(key(id, NOT_FOUND), QueryParameters.limit(limit, 50, 500))
        .stream()
        .map(DeliveryView::of)
        .toList();
  }

  private static final String NOT_FOUND = "webhook.notFound";

  /** A path's id; one that is not a number names nothing: 404 with the refusal's key. */
  static long key(String id, String notFound) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new Refusal.NotFound(notFound, id);
    }
  }
}

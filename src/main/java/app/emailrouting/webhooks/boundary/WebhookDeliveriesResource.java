package app.emailrouting.webhooks.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.webhooks.control.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending a webhook delivery again by hand. */
@Path("webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookDeliveriesResource {

  @Inject WebhookSubscriptions subscriptions;

  @POST
  @Path("{id}/resend")
  @Operation(
      summary = "Send a delivery's message again",
      description =
          "A new delivery of the same message (same webhook-id, so receivers can tell), sent at"
              + " once, after any older pending delivery of the same request.")
  @APIResponse(responseCode = "202", description = "The new delivery")
  @APIResponse(responseCode = "404", description = "No such delivery")
  public Response resend(@PathParam("id") String id) {
    long key = WebhooksResource.key(id, "webhookDelivery.notFound");
    return Response.accepted(DeliveryView.of(subscriptions.resend(key))).build();
  }
}

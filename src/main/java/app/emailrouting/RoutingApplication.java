package app.emailrouting;

import app.emailrouting.access.Role;
import app.emailrouting.audit.boundary.AuditEventsResource;
import app.emailrouting.connection.boundary.GenesysConnectionResource;
import app.emailrouting.failedrequests.boundary.AutoRerouteResource;
import app.emailrouting.failedrequests.boundary.BulkOperationsResource;
import app.emailrouting.failedrequests.boundary.BulkRequestsResource;
import app.emailrouting.failedrequests.boundary.FailureGroupsResource;
import app.emailrouting.options.boundary.RoutingOptionsResource;
import app.emailrouting.problems.boundary.BodyReadingMapper;
import app.emailrouting.problems.boundary.ConstraintViolationMapper;
import app.emailrouting.problems.boundary.InvalidInputMapper;
import app.emailrouting.problems.boundary.QueryTextCheck;
import app.emailrouting.problems.boundary.RefusalMapper;
import app.emailrouting.problems.boundary.RequestBodyLimit;
import app.emailrouting.problems.boundary.StrictJson;
import app.emailrouting.problems.boundary.UnexpectedFailureMapper;
import app.emailrouting.problems.boundary.WebApplicationExceptionMapper;
import app.emailrouting.routing.boundary.RoutingActivityResource;
import app.emailrouting.routing.boundary.RoutingPipelineResource;
import app.emailrouting.routing.boundary.RoutingRequestExportResource;
import app.emailrouting.routing.boundary.RoutingRequestsResource;
import app.emailrouting.sandbox.boundary.SandboxResource;
import app.emailrouting.security.boundary.ApiKeysResource;
import app.emailrouting.security.boundary.RoleCheck;
import app.emailrouting.security.boundary.UsersResource;
import app.emailrouting.security.control.UserIdentityStore;
import app.emailrouting.webhooks.boundary.WebhookDeliveriesResource;
import app.emailrouting.webhooks.boundary.WebhooksResource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API of Email Routing for Genesys Cloud, served under {@code /api}. Its classes are
 * listed, not scanned: the Genesys simulator under {@code /sandbox} is another application, and
 * neither answers for the other.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Email Routing for Genesys Cloud",
            version = "1",
            description =
                "Routes CRM emails to Genesys Cloud and lets admins see, understand and fix routing"
                    + " requests that failed. Errors are application/problem+json. Every call"
                    + " needs Authorization: HTTP Basic with a console user, or Bearer with an"
                    + " API key; roles: intake (create and read routing requests), viewer (read"
                    + " everything), admin (everything)."),
    tags = {
      @Tag(name = "Routing requests", description = "Intake and reading of routing requests"),
      @Tag(
          name = "Failed routing requests",
          description =
              "Failure groups with their fix, bulk reroute and delete, would-it-route-now"
                  + " checks, automatic reroute once a cause is fixed"),
      @Tag(name = "Audit", description = "Who did what and when"),
      @Tag(name = "Routing pipeline", description = "Whether routing runs, pause and resume"),
      @Tag(name = "Genesys connection", description = "Region, OAuth client and its test"),
      @Tag(
          name = "Routing options",
          description = "Retrieve Options: queues, skills, languages, inbound email flows"),
      @Tag(name = "Sandbox", description = "The built-in Genesys Cloud simulator"),
      @Tag(name = "Security", description = "Console users and API keys"),
      @Tag(
          name = "Webhooks",
          description = "Signed events back to the CRM and to chat, with every delivery")
    })
@DeclareRoles({
  Role.ADMIN_NAME,
  Role.VIEWER_NAME,
  Role.INTAKE_NAME,
  UserIdentityStore.PASSWORD_CHANGE
})
public class RoutingApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        RoutingRequestsResource.class,
        RoutingRequestExportResource.class,
        RoutingActivityResource.class,
        BulkRequestsResource.class,
        BulkOperationsResource.class,
        FailureGroupsResource.class,
        AutoRerouteResource.class,
        WebhooksResource.class,
        WebhookDeliveriesResource.class,
        AuditEventsResource.class,
        UsersResource.class,
        ApiKeysResource.class,
        RoleCheck.class,
        RoutingPipelineResource.class,
        GenesysConnectionResource.class,
        RoutingOptionsResource.class,
        SandboxResource.class,
        RequestBodyLimit.class,
        StrictJson.class,
        QueryTextCheck.class,
        ConstraintViolationMapper.class,
        InvalidInputMapper.class,
        RefusalMapper.class,
        BodyReadingMapper.class,
        WebApplicationExceptionMapper.class,
        UnexpectedFailureMapper.class);
  }
}

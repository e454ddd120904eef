package app.emailrouting;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API of Email Routing for Genesys Cloud, served under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Email Routing for Genesys Cloud",
            version = "1",
            description =
                "Routes CRM emails to Genesys Cloud and lets admins see, understand and fix routing"
                    + " requests that failed. Errors are application/problem+json."),
    tags = {
      @Tag(name = "Routing requests", description = "Intake and reading of routing requests")
    })
public class RoutingApplication extends Application {}

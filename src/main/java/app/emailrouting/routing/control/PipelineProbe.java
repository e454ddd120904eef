package app.emailrouting.routing.control;

import app.emailrouting.audit.control.Callers;
import app.emailrouting.connection.control.GenesysConnectionChanged;
import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.genesys.control.ConnectionVerified;
import app.emailrouting.genesys.control.GenesysGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Resumes a paused pipeline once the Genesys connection works again: a fresh token and {@code GET
 * /api/v2/tokens/me} succeed. A missing create permission cannot be checked without creating an
 * email: the next request then tells, and pauses routing again if it is still missing.
 */
@ApplicationScoped
public class PipelineProbe {

  private static final Logger LOG = Logger.getLogger(PipelineProbe.class.getName());

  @Inject RoutingPipelineStore pipeline;
  @Inject Callers callers;
  @Inject GenesysGateway gateway;
  @Inject GenesysConnections connections;
  @Inject Event<ConnectionVerified> verified;

  public void probeIfPaused() {
    if (!pipeline.isPaused()) {
      return;
    }
    var unusable = connections.unusableBecause();
    if (unusable.isPresent()) {
      LOG.warning(() -> "No probe from this instance: " + unusable.get());
      return;
    }
    gateway
        .probe()
        .ifPresentOrElse(
            failed -> LOG.info(() -> "Routing stays paused: " + failed.apiResponse().message()),
            this::resume);
  }

  /** A changed connection may be the fix: routing tries again at once. */
  void connectionChanged(@Observes GenesysConnectionChanged change) {
    pipeline.resume(callers.current(), "Routing resumed: the Genesys connection changed");
  }

  private void resume() {
    pipeline.resume(Callers.SERVICE, "Routing resumed: the Genesys connection works again");
    verified.fire(new ConnectionVerified());
    LOG.info("Genesys connection works again: routing resumed");
  }
}

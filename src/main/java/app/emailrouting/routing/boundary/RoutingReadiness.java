package app.emailrouting.routing.boundary;

import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.routing.control.ScheduledRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while this instance routes: its sweep ran through within {@code
 * routing.sweep-stale-after-ms} (a pipeline that stopped sweeping leaves retries and crashed
 * instances' requests waiting, however well intake looks), and it can decrypt the stored client
 * secret (an instance with another {@code SECRET_KEY} cannot call Genesys).
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

  @Inject ScheduledRuns runs;
  @Inject GenesysConnections connections;

  @Inject
  @ConfigProperty(name = "routing.sweep-stale-after-ms", defaultValue = "60000")
  long staleAfterMillis;

  @Override
  public HealthCheckResponse call() {
    Duration sinceSweep = runs.sinceLastSuccess(RoutingSchedule.SWEEP);
    var response =
        HealthCheckResponse.named("routing").withData("sinceLastSweepMs", sinceSweep.toMillis());
    if (sinceSweep.toMillis() > staleAfterMillis) {
      return response
          .down()
          .withData("error", "routing has not swept for " + sinceSweep.toSeconds() + " s")
          .build();
    }
    Optional<String> unusable = unusable();
    return unusable.isPresent()
        ? response.down().withData("error", unusable.get()).build()
        : response.up().build();
  }

  /** Why the connection is unusable here; a database fault is the database check's to report. */
  private Optional<String> unusable() {
    try {
      return connections.unusableBecause();
    } catch (RuntimeException databaseFault) {
      return Optional.empty();
    }
  }
}

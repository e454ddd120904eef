package app.emailrouting.console.boundary;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.failedrequests.control.FailureGroup;
import app.emailrouting.failedrequests.control.FailureGroups;
import app.emailrouting.genesys.control.ConnectionSettingsStore;
import app.emailrouting.genesys.entity.GenesysConnectionSettings;
import app.emailrouting.routing.control.RoutingDispatcher;
import app.emailrouting.routing.control.RoutingPipelineStore;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.control.RoutingSummary;
import app.emailrouting.routing.entity.RoutingPipeline;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard: counts by status, failure groups with the fix for each cause, the latest failed
 * requests, the routing pipeline (with Resume for admins) and the Genesys connection.
 */
@Named
@RequestScoped
public class DashboardPage {

  private static final int LATEST = 10;

  @Inject RoutingRequestStore requests;
  @Inject FailureGroups failureGroups;
  @Inject RoutingPipelineStore pipeline;
  @Inject RoutingDispatcher dispatcher;
  @Inject ConnectionSettingsStore connection;
  @Inject CurrentUser currentUser;

  private RoutingSummary summary;
  private List<FailureGroup> groups;
  private List<RoutingRequest> latestFailed;
  private RoutingPipeline pipelineState;
  private GenesysConnectionSettings connectionSettings;

  @PostConstruct
  void load() {
    summary = requests.summary();
    groups = failureGroups.current();
    var failed =
        new RoutingRequestFilter(
            Optional.of(RoutingStatus.FAILED),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty());
    latestFailed =
        requests
            .list(new RoutingRequestQuery(failed, Optional.<ListCursor>empty(), LATEST))
            .items();
    pipelineState = pipeline.current();
    connectionSettings = connection.current();
  }

  /** Resumes a paused pipeline (admins only), then shows the dashboard again. */
  public String resume() {
    currentUser.requireAdmin();
    pipeline.resume();
    dispatcher.sweep();
    Messages.info("dashboard.resumed");
    return "/index.xhtml?faces-redirect=true";
  }

  public List<RoutingStatus> getStatuses() {
    return List.of(RoutingStatus.values());
  }

  public long count(RoutingStatus status) {
    return summary.byStatus().getOrDefault(status, 0L);
  }

  public RoutingSummary getSummary() {
    return summary;
  }

  public List<FailureGroup> getGroups() {
    return groups;
  }

  public List<RoutingRequest> getLatestFailed() {
    return latestFailed;
  }

  public RoutingPipeline getPipeline() {
    return pipelineState;
  }

  public GenesysConnectionSettings getConnection() {
    return connectionSettings;
  }
}

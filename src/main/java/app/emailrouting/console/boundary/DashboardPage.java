package app.emailrouting.console.boundary;

import app.emailrouting.connection.control.ConnectionSettingsStore;
import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.database.control.ListCursor;
import app.emailrouting.failedrequests.control.AutoReroutes;
import app.emailrouting.failedrequests.control.FailureGroup;
import app.emailrouting.failedrequests.control.FailureGroups;
import app.emailrouting.routing.control.RoutingActivity;
import app.emailrouting.routing.control.RoutingPipelineStore;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.control.RoutingSummary;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingPipeline;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard: counts by status, the routing activity chart, failure groups with the fix for each
 * cause, the latest failed requests, the routing pipeline (with Resume for admins) and the Genesys
 * connection.
 */
@Named
@ReadersOnly
@RequestScoped
public class DashboardPage {

  private static final int LATEST = 10;

  @Inject RoutingRequestStore requests;
  @Inject FailureGroups failureGroups;
  @Inject RoutingPipelineStore pipeline;
  @Inject ConnectionSettingsStore connection;
  @Inject CurrentUser currentUser;
  @Inject RoutingActivity activity;
  @Inject Preferences preferences;
  @Inject AutoReroutes autoReroutes;

  /** Each failure reason's automatic reroute, read once per request. */
  private Map<FailureReason, AutoReroutes.Setting> autoReroute;

  private RoutingSummary summary;
  private List<FailureGroup> groups;
  private List<RoutingRequest> latestFailed;
  private RoutingPipeline pipelineState;
  private GenesysConnectionSettings connectionSettings;
  private Period period = Period.DAY;
  private ActivityChart chart;

  /** The periods of the activity chart: the last 24 hours per hour, 7 or 30 days per day. */
  public enum Period {
    DAY(Duration.ofHours(24), false),
    WEEK(Duration.ofDays(7), true),
    MONTH(Duration.ofDays(30), true);

    private final Duration length;
    private final boolean daily;

    Period(Duration length, boolean daily) {
      this.length = length;
      this.daily = daily;
    }
  }

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
    Messages.info("dashboard.resumed");
    return "/index.xhtml?faces-redirect=true";
  }

  /** Whether the service reroutes this reason's failed requests once the cause is fixed. */
  public boolean autoRerouteOn(FailureReason reason) {
    return autoReroute().get(reason).enabled();
  }

  /** What shows the cause fixed; null for a reason only an edit fixes. */
  public AutoReroutes.FixedWhen autoRerouteWhen(FailureReason reason) {
    return autoReroute().get(reason).fixedWhen();
  }

  /** Switches a reason's automatic reroute (admins only), then shows the dashboard again. */
  public String toggleAutoReroute(FailureReason reason) {
    currentUser.requireAdmin();
    boolean on = !autoRerouteOn(reason);
    autoReroutes.set(reason, on);
    Messages.info(on ? "dashboard.auto.switchedOn" : "dashboard.auto.switchedOff");
    return "/index.xhtml?faces-redirect=true";
  }

  private Map<FailureReason, AutoReroutes.Setting> autoReroute() {
    if (autoReroute == null) {
      autoReroute = new EnumMap<>(FailureReason.class);
      autoReroutes.all().forEach(setting -> autoReroute.put(setting.reason(), setting));
    }
    return autoReroute;
  }

  private ActivityChart chart() {
    if (chart == null) {
      chart =
          new ActivityChart(activity.last(period.length, period.daily), preferences.getLocale());
    }
    return chart;
  }

  /** The activity chart's Chart.js configuration. */
  public String getActivityChart() {
    return chart()
        .json(
            new ActivityChart.Labels(
                Messages.text("activity.received"),
                Messages.text("activity.routed"),
                Messages.text("activity.failed")));
  }

  public long getActivityReceived() {
    return chart().received();
  }

  public long getActivityRouted() {
    return chart().routed();
  }

  public long getActivityFailed() {
    return chart().failed();
  }

  public Period[] getPeriods() {
    return Period.values();
  }

  public Period getPeriod() {
    return period;
  }

  public void setPeriod(Period period) {
    this.period = period == null ? Period.DAY : period;
    chart = null;
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

package app.emailrouting.console.boundary;

import app.emailrouting.failedrequests.control.BulkFilter;
import app.emailrouting.failedrequests.control.BulkOperations;
import app.emailrouting.failedrequests.control.RouteCheck;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failed Routing Requests: the failed list, with bulk reroute or delete of the selected requests
 * (or of every one the filters match), each reroute counted first and checked ("would they route
 * now?", with the remap suggestions to apply), and its CSV export.
 */
@Named
@ViewScoped
public class FailedRequestsPage extends RequestListPage {

  private static final long serialVersionUID = 1L;

  @Inject BulkOperations bulk;
  @Inject RouteCheck routeCheck;
  @Inject CurrentUser currentUser;

  private List<RoutingRequest> selected = new ArrayList<>();
  private BulkKind pendingKind;
  private long pendingCount;
  private Long operationId;
  private Check check;
  private boolean applySuggestions;

  /** What "would they route now?" found for the requests of a pending reroute. */
  public record Check(
      long wouldRoute,
      long wouldFail,
      List<ReasonCount> reasons,
      long suggestionsAvailable,
      long wouldRouteWithSuggestions)
      implements Serializable {}

  /** How many would fail again for one reason. */
  public record ReasonCount(String reason, long count) implements Serializable {}

  /** The operation as read in one request, which shows it several times (and polls each second). */
  private transient BulkOperation operation;

  private transient FacesContext operationReadIn;

  @Override
  protected Optional<RoutingStatus> status() {
    return Optional.of(RoutingStatus.FAILED);
  }

  @Override
  protected String viewId() {
    return "/failed.xhtml";
  }

  @Override
  protected String exportName() {
    return "failed-routing-requests.csv";
  }

  /**
   * Counts what a bulk reroute or delete would act on (the selected requests, else every one the
   * filters match), before the admin confirms: a dry run.
   */
  public void prepare(String kind) {
    currentUser.requireAdmin();
    pendingKind = BulkKind.valueOf(kind);
    pendingCount = bulk.dryRun(bulkFilter());
    check = pendingKind == BulkKind.REROUTE ? check(routeCheck.check(bulkFilter())) : null;
    applySuggestions = check != null && check.suggestionsAvailable() > 0;
  }

  private static Check check(RouteCheck.Result result) {
    var reasons =
        result.wouldFail().entrySet().stream()
            .map(e -> new ReasonCount(e.getKey(), e.getValue()))
            .toList();
    return new Check(
        result.wouldRoute(),
        reasons.stream().mapToLong(ReasonCount::count).sum(),
        reasons,
        result.suggestionsAvailable(),
        result.wouldRouteWithSuggestions());
  }

  /** Starts the bulk operation counted; its progress is polled on the page. */
  public void confirm() {
    currentUser.requireAdmin();
    operationId = bulk.start(pendingKind, bulkFilter(), applySuggestions).id();
    operationReadIn = null;
  }

  public void cancel() {
    currentUser.requireAdmin();
    bulk.cancel(operationId);
    operationReadIn = null;
  }

  private BulkFilter bulkFilter() {
    if (!selected.isEmpty()) {
      return new BulkFilter(
          null, null, null, selected.stream().map(RoutingRequest::id).toList(), null);
    }
    var filter = filter();
    return new BulkFilter(
        filter.failureReason().orElse(null),
        null,
        filter.text().orElse(null),
        List.of(),
        filter.receivedBefore().orElse(null));
  }

  /** The bulk operation started from this page, as it is now. */
  public BulkOperation getOperation() {
    var request = FacesContext.getCurrentInstance();
    if (operationReadIn != request) {
      operation = operationId == null ? null : bulk.find(operationId).orElse(null);
      operationReadIn = request;
    }
    return operation;
  }

  /** How far the operation is, in percent. */
  public int getProgress() {
    var operation = getOperation();
    if (operation == null || operation.matched() == 0) {
      return 100;
    }
    return operation.isRunning() ? (int) (100 * operation.done() / operation.matched()) : 100;
  }

  public BulkKind getPendingKind() {
    return pendingKind;
  }

  /** The route check of a pending reroute; null for a delete. */
  public Check getCheck() {
    return check;
  }

  public boolean isApplySuggestions() {
    return applySuggestions;
  }

  public void setApplySuggestions(boolean applySuggestions) {
    this.applySuggestions = applySuggestions;
  }

  public long getPendingCount() {
    return pendingCount;
  }

  public List<RoutingRequest> getSelected() {
    return selected;
  }

  public void setSelected(List<RoutingRequest> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }
}

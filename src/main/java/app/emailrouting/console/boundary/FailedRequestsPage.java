package app.emailrouting.console.boundary;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.failedrequests.control.BulkFilter;
import app.emailrouting.failedrequests.control.BulkOperations;
import app.emailrouting.failedrequests.control.BulkWorker;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.routing.control.RoutingRequestExport;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Failed Routing Requests: newest first, filtered by failure reason and text (bookmarkable view
 * parameters), fifty at a time with "More" (keyset paging, any number of rows).
 */
@Named
@ViewScoped
public class FailedRequestsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 50;

  @Inject RoutingRequestStore store;
  @Inject RoutingRequestExport export;
  @Inject BulkOperations bulk;
  @Inject BulkWorker worker;
  @Inject CurrentUser currentUser;

  private FailureReason reason;
  private String q;
  private final List<RoutingRequest> rows = new ArrayList<>();
  private ListCursor next;
  private List<RoutingRequest> selected = new ArrayList<>();
  private BulkKind pendingKind;
  private long pendingCount;
  private Long operationId;

  /** Loads the first page (a viewAction, after the view parameters are set). */
  public void load() {
    rows.clear();
    next = null;
    more();
  }

  public void more() {
    var page = store.list(new RoutingRequestQuery(filter(), Optional.ofNullable(next), PAGE));
    rows.addAll(page.items());
    next = page.next().orElse(null);
  }

  /** Shows the list for the filters typed (a GET, so that it can be bookmarked). */
  public String search() {
    return "/failed.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /**
   * Counts what a bulk reroute or delete would act on (the selected requests, else every one the
   * filters match), before the admin confirms: a dry run.
   */
  public void prepare(String kind) {
    currentUser.requireAdmin();
    pendingKind = BulkKind.valueOf(kind);
    pendingCount = bulk.dryRun(bulkFilter());
  }

  /** Starts the bulk operation counted; its progress is polled on the page. */
  public void confirm() {
    currentUser.requireAdmin();
    operationId = bulk.start(pendingKind, bulkFilter()).id();
    worker.sweep();
  }

  public void cancel() {
    currentUser.requireAdmin();
    bulk.cancel(operationId);
  }

  /** The failed requests the filters match, as CSV (the same file as the REST API's export). */
  public StreamedContent getExport() {
    var filter = filter();
    return DefaultStreamedContent.builder()
        .name("failed-routing-requests.csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(out -> writeQuietly(filter, out))
        .build();
  }

  private void writeQuietly(RoutingRequestFilter filter, java.io.OutputStream out) {
    try {
      export.write(filter, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BulkFilter bulkFilter() {
    if (!selected.isEmpty()) {
      return new BulkFilter(
          null, null, null, selected.stream().map(RoutingRequest::id).toList(), null);
    }
    return new BulkFilter(
        reason, null, q == null || q.isBlank() ? null : q.strip(), List.of(), null);
  }

  /** The bulk operation started from this page, as it is now. */
  public BulkOperation getOperation() {
    return operationId == null ? null : bulk.find(operationId).orElse(null);
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

  public long getPendingCount() {
    return pendingCount;
  }

  public List<RoutingRequest> getSelected() {
    return selected;
  }

  public void setSelected(List<RoutingRequest> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  private RoutingRequestFilter filter() {
    return new RoutingRequestFilter(
        Optional.of(RoutingStatus.FAILED),
        Optional.ofNullable(reason),
        Optional.empty(),
        Optional.ofNullable(q).filter(text -> !text.isBlank()),
        List.of(),
        Optional.empty());
  }

  public FailureReason[] getReasons() {
    return FailureReason.values();
  }

  public List<RoutingRequest> getRows() {
    return rows;
  }

  public boolean isMoreToCome() {
    return next != null;
  }

  public FailureReason getReason() {
    return reason;
  }

  public void setReason(FailureReason reason) {
    this.reason = reason;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}

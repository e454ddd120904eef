package app.emailrouting.console.boundary;

import app.emailrouting.database.control.ListCursor;
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

  private FailureReason reason;
  private String q;
  private final List<RoutingRequest> rows = new ArrayList<>();
  private ListCursor next;

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

package app.emailrouting.console.boundary;

import app.emailrouting.database.control.ListCursor;
import app.emailrouting.routing.control.RoutingRequestExport;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestQuery;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list of routing requests, newest first, filtered by failure reason, text and the day they were
 * received before (bookmarkable view parameters), fifty at a time with "More" (keyset paging, any
 * number of rows).
 */
@ReadersOnly
public abstract class RequestListPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 50;

  @Inject RoutingRequestStore store;
  @Inject RoutingRequestExport export;

  private FailureReason reason;
  private String q;
  private LocalDate before;
  private final List<RoutingRequest> rows = new ArrayList<>();
  private ListCursor next;

  /** The status listed, or none for any. */
  protected abstract Optional<RoutingStatus> status();

  /** The page itself, for the redirect of a search. */
  protected abstract String viewId();

  /** The name of the CSV file the export button gives. */
  protected abstract String exportName();

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
    return viewId() + "?faces-redirect=true&includeViewParams=true";
  }

  /** The requests the filters match, as CSV (the same file as the REST API's export). */
  public StreamedContent getExport() {
    var filter = filter();
    return DefaultStreamedContent.builder()
        .name(exportName())
        .contentType("text/csv; charset=UTF-8")
        .writer(out -> writeQuietly(filter, out))
        .build();
  }

  private void writeQuietly(RoutingRequestFilter filter, OutputStream out) {
    try {
      export.write(filter, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected RoutingRequestFilter filter() {
    return new RoutingRequestFilter(
        status(),
        Optional.ofNullable(reason),
        Optional.empty(),
        text(),
        List.of(),
        Optional.ofNullable(before).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  protected Optional<String> text() {
    return Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty());
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

  public LocalDate getBefore() {
    return before;
  }

  public void setBefore(LocalDate before) {
    this.before = before;
  }
}

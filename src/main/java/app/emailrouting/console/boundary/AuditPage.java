package app.emailrouting.console.boundary;

import static app.emailrouting.problems.boundary.QueryParameters.given;

import app.emailrouting.audit.control.AuditEventStore;
import app.emailrouting.audit.control.AuditQuery;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditEvent;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.ListCursor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log, read only: newest first, filtered by action, actor, target and days (bookmarkable
 * view parameters, the same filters as {@code GET /api/audit-events}), fifty at a time with "More"
 * (keyset paging); each event's details as indented JSON on demand.
 */
@Named
@ReadersOnly
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditEventStore store;

  private AuditAction action;
  private String actor;
  private String targetType;
  private String targetId;
  private LocalDate from;
  private LocalDate to;
  private Integer limit;
  private final List<Row> rows = new ArrayList<>();
  private ListCursor next;

  /** An audit event as a row of the list; its details as the JSON text stored. */
  public record Row(
      long id,
      Instant at,
      String actor,
      AuditAction action,
      String targetType,
      String targetId,
      String summary,
      String details)
      implements Serializable {

    static Row of(AuditEvent event) {
      var target = event.target();
      return new Row(
          event.id(),
          event.at(),
          event.actor(),
          event.action(),
          target.type(),
          target.id(),
          event.summary(),
          event.details());
    }

    /** Whether the target is a routing request, which has its own page. */
    public boolean isRoutingRequest() {
      return AuditTarget.ROUTING_REQUEST.equals(targetType) && targetId != null;
    }
  }

  /** Loads the first page (a viewAction, after the view parameters are set). */
  public void load() {
    rows.clear();
    next = null;
    more();
  }

  public void more() {
    var page = store.list(query());
    page.items().stream().map(Row::of).forEach(rows::add);
    next = page.next().orElse(null);
  }

  /** Shows the list for the filters chosen (a GET, so that it can be bookmarked). */
  public String search() {
    return "/audit.xhtml?faces-redirect=true&includeViewParams=true";
  }

  private AuditQuery query() {
    return new AuditQuery(
        Optional.ofNullable(action),
        given(actor),
        given(targetType),
        given(targetId),
        Optional.ofNullable(from).map(UtcDays::startOf),
        Optional.ofNullable(to).map(UtcDays::endOf),
        Optional.ofNullable(next),
        pageSize());
  }

  /** The page size: {@code limit} kept within the API's bounds, else the API's default. */
  int pageSize() {
    if (limit == null) {
      return AuditQuery.DEFAULT_LIMIT;
    }
    return Math.max(1, Math.min(limit, AuditQuery.MAX_LIMIT));
  }

  /** An event's details, indented (read when the admin opens them). */
  public String details(Row row) {
    return JsonText.pretty(row.details());
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public List<String> getTargetTypes() {
    return AuditTarget.TYPES;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isMoreToCome() {
    return next != null;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public void setTargetId(String targetId) {
    this.targetId = targetId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Integer getLimit() {
    return limit;
  }

  public void setLimit(Integer limit) {
    this.limit = limit;
  }
}

package app.emailrouting.console.boundary;

import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;

/** All routing requests, of any status unless the status filter says. */
@Named
@ViewScoped
public class RequestsPage extends RequestListPage {

  private static final long serialVersionUID = 1L;

  private RoutingStatus status;

  @Override
  protected Optional<RoutingStatus> status() {
    return Optional.ofNullable(status);
  }

  @Override
  protected String viewId() {
    return "/requests.xhtml";
  }

  @Override
  protected String exportName() {
    return "routing-requests.csv";
  }

  public RoutingStatus[] getStatuses() {
    return RoutingStatus.values();
  }

  public RoutingStatus getStatus() {
    return status;
  }

  public void setStatus(RoutingStatus status) {
    this.status = status;
  }
}

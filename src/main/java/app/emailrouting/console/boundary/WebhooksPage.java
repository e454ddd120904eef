package app.emailrouting.console.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.webhooks.control.WebhookSubscriptions;
import app.emailrouting.webhooks.entity.WebhookDelivery;
import app.emailrouting.webhooks.entity.WebhookEvent;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Webhooks (admins only): the subscriptions, a new one (its secret shown once, through the Faces
 * flash as API keys are), enable, disable, delete, and a subscription's deliveries with their
 * answers and Send again: the same use cases as {@code /api/webhooks}.
 */
@Named
@ReadersOnly
@ViewScoped
public class WebhooksPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/webhooks.xhtml?faces-redirect=true";
  static final String CREATED_SECRET = WebhooksPage.class.getName() + ".createdSecret";

  @Inject WebhookSubscriptions subscriptions;
  @Inject CurrentUser currentUser;

  private transient List<WebhookSubscription> rows = List.of();
  private transient List<WebhookDelivery> deliveries = List.of();
  private Long shown;
  private String url;
  private List<String> events =
      new ArrayList<>(
          List.of(
              WebhookEvent.ROUTING_REQUEST_ROUTED.type(),
              WebhookEvent.ROUTING_REQUEST_FAILED.type()));
  private String description;

  /** Lists the subscriptions (a viewAction); a viewer is sent to the dashboard instead. */
  public String load() {
    String refused = AdminPages.refuseViewer(currentUser);
    if (refused != null) {
      return refused;
    }
    read();
    ShownOnce.noStoreIfShown(CREATED_SECRET);
    return null;
  }

  private void read() {
    rows = subscriptions.list();
    deliveries = shown == null ? List.of() : subscriptions.deliveries(shown, 50);
  }

  public String create() {
    currentUser.requireAdmin();
    try {
      var created = subscriptions.create(url, events, description);
      ShownOnce.keep(CREATED_SECRET, created.secret());
      Messages.info("webhooks.created", created.subscription().url());
      return SELF;
    } catch (InvalidInputException e) {
      Messages.error("webhooks.notDone", e.field() + " " + e.getMessage());
      return null;
    }
  }

  public void enable(long id, boolean on) {
    act(() -> subscriptions.change(id, null, null, on, null), "webhooks.changed");
  }

  public void delete(long id) {
    act(() -> subscriptions.delete(id), "webhooks.deleted");
    if (Long.valueOf(id).equals(shown)) {
      shown = null;
      read();
    }
  }

  /** Shows a subscription's deliveries below the list. */
  public void show(long id) {
    shown = id;
    read();
  }

  public void resend(long deliveryId) {
    act(() -> subscriptions.resend(deliveryId), "webhooks.resent");
  }

  private void act(Runnable action, String done) {
    currentUser.requireAdmin();
    try {
      action.run();
      Messages.info(done);
    } catch (Refusal e) {
      Messages.error("webhooks.notDone", Messages.refusal(e));
    }
    read();
  }

  /** The subscription whose deliveries are shown, if any. */
  public WebhookSubscription getShownSubscription() {
    return rows.stream().filter(s -> s.id().equals(shown)).findFirst().orElse(null);
  }

  /** The secret just created, on the page view after Subscribe only; null otherwise. */
  public String getCreatedSecret() {
    return ShownOnce.read(CREATED_SECRET);
  }

  public List<String> getEventTypes() {
    return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList();
  }

  /** A subscription's events, as their names. */
  public String events(WebhookSubscription subscription) {
    return String.join(", ", subscription.events().stream().map(WebhookEvent::type).toList());
  }

  public List<WebhookSubscription> getRows() {
    return rows;
  }

  public List<WebhookDelivery> getDeliveries() {
    return deliveries;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

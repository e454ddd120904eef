package app.emailrouting.console.boundary;

import app.emailrouting.connection.control.ConnectionChange;
import app.emailrouting.connection.control.ConnectionChanges;
import app.emailrouting.connection.control.ConnectionSettingsStore;
import app.emailrouting.connection.control.ConnectionTest;
import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.ConnectionReport;
import app.emailrouting.genesys.control.GenesysConnection;
import app.emailrouting.genesys.control.GenesysRegion;
import app.emailrouting.problems.control.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Genesys connection: what is in effect (never the client secret, only whether one is set), and
 * for admins the form that changes it, as {@code PUT /api/genesys-connection} does, and Test, as
 * {@code POST /api/genesys-connection/test} does. The secret field is write-only: left empty it
 * keeps the stored secret; a separate checkbox removes it.
 */
@Named
@ReadersOnly
@RequestScoped
public class ConnectionPage {

  /** The form's input of each field an {@link InvalidInputException} may name. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "region", "region",
          "apiUrl", "api-url",
          "loginUrl", "login-url",
          "clientId", "client-id",
          "clientSecret", "client-secret");

  @Inject ConnectionSettingsStore store;
  @Inject GenesysConnections connections;
  @Inject ConnectionChanges changes;
  @Inject ConnectionTest connectionTest;
  @Inject CurrentUser currentUser;

  private GenesysConnectionSettings settings;
  private GenesysConnection effective;
  private ConnectionReport report;
  private String region;
  private String apiUrl;
  private String loginUrl;
  private String clientId;
  private String clientSecret;
  private boolean removeSecret;

  @PostConstruct
  void read() {
    settings = store.current();
    effective = connections.described(settings);
  }

  /** Fills the form with the stored connection (a viewAction: not on a postback). */
  public void load() {
    region = settings.region();
    apiUrl = settings.apiUrl();
    loginUrl = settings.loginUrl();
    clientId = settings.clientId();
  }

  /** Saves the connection; a bad region or URL is shown on its field and nothing is stored. */
  public String save() {
    currentUser.requireAdmin();
    try {
      boolean hadSecret = settings.hasSecret();
      var saved =
          changes.apply(ConnectionChange.of(region, apiUrl, loginUrl, clientId, secretToSend()));
      Messages.info("connection.saved");
      if (hadSecret && !saved.hasSecret() && !removeSecret) {
        Messages.info("connection.secretCleared");
      }
      return "/connection.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      invalid(e);
      return null;
    }
  }

  /** Tests the stored connection (not what the form holds) and shows the report. */
  public void test() {
    currentUser.requireAdmin();
    try {
      report = connectionTest.run();
    } catch (IllegalStateException e) {
      Messages.error("connection.testNotRun", e.getMessage());
    }
  }

  /** Null keeps the stored secret, empty removes it: an empty field is not a removal here. */
  private String secretToSend() {
    if (removeSecret) {
      return "";
    }
    return clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
  }

  /** The error on the page names the field; the field itself says what is wrong with it. */
  private void invalid(InvalidInputException e) {
    String input = INPUTS.get(e.field());
    if (input == null) {
      Messages.error("connection.notSaved", e.field(), e.getMessage());
      return;
    }
    String explanation = Messages.text("connection.invalid." + e.field());
    Messages.error(
        "connection.notSaved", Messages.text("connection.field." + e.field()), explanation);
    FacesContext.getCurrentInstance()
        .addMessage(
            "connection-form:" + input,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, explanation, explanation));
  }

  /** A choice of the region picker: the value stored and what the admin reads. */
  public record RegionChoice(String name, String label) {}

  /** Every Genesys Cloud region by name and domain, then the built-in sandbox. */
  public List<RegionChoice> getRegions() {
    var choices = new ArrayList<RegionChoice>();
    for (GenesysRegion known : GenesysRegion.values()) {
      choices.add(
          new RegionChoice(known.regionName(), known.regionName() + " (" + known.domain() + ")"));
    }
    choices.add(
        new RegionChoice(
            GenesysRegion.SANDBOX,
            GenesysRegion.SANDBOX + " (" + Messages.text("connection.sandboxLabel") + ")"));
    return choices;
  }

  /** The fixed HTML id of a check's row, such as {@code check-routing-queue-view}. */
  public String rowId(ConnectionReport.Check check) {
    return "check-" + check.permission().replaceAll("[^A-Za-z0-9]+", "-");
  }

  /** A check's outcome as a message key suffix: ok, failed or notChecked. */
  public String outcome(ConnectionReport.Check check) {
    if (check.ok() == null) {
      return "notChecked";
    }
    return check.ok() ? "ok" : "failed";
  }

  /**
   * A check's detail in the console's language: what a passed or uncheckable permission means; a
   * failure's detail is Genesys Cloud's own answer, as it came.
   */
  public String detail(ConnectionReport.Check check) {
    if (Boolean.FALSE.equals(check.ok())) {
      return check.detail();
    }
    String key = "connection.detail." + rowId(check);
    return Messages.has(key) ? Messages.text(key) : check.detail();
  }

  public GenesysConnectionSettings getSettings() {
    return settings;
  }

  public String getEffectiveApiUrl() {
    return effective.apiBase().toString();
  }

  public String getEffectiveLoginUrl() {
    return effective.loginBase().toString();
  }

  public ConnectionReport getReport() {
    return report;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  public String getLoginUrl() {
    return loginUrl;
  }

  public void setLoginUrl(String loginUrl) {
    this.loginUrl = loginUrl;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** Always empty: the secret is write-only and never sent to the browser. */
  public String getClientSecret() {
    return null;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public boolean isRemoveSecret() {
    return removeSecret;
  }

  public void setRemoveSecret(boolean removeSecret) {
    this.removeSecret = removeSecret;
  }
}

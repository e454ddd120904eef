package app.emailrouting.console.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.control.ApiKeyStore;
import app.emailrouting.security.entity.ApiKey;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * API keys (admins only): the keys (never a key itself nor its hash), a new key, revoke. A new key
 * is shown once: it crosses the redirect after Create in the Faces flash, which forgets it at the
 * end of the page view that follows (never in the URL, nor in this bean); that page is not cached.
 */
@Named
@ReadersOnly
@ViewScoped
public class ApiKeysPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/api-keys.xhtml?faces-redirect=true";
  static final String CREATED_KEY = ApiKeysPage.class.getName() + ".createdKey";

  @Inject ApiKeyStore keys;
  @Inject Callers callers;
  @Inject CurrentUser currentUser;

  private List<ApiKey> rows = List.of();
  private String name;
  private Role role = Role.INTAKE;

  /** Lists the keys (a viewAction); a viewer is sent to the dashboard instead. */
  public String load() {
    String refused = AdminPages.refuseViewer(currentUser);
    if (refused != null) {
      return refused;
    }
    rows = keys.list();
    ShownOnce.noStoreIfShown(CREATED_KEY);
    return null;
  }

  public String create() {
    currentUser.requireAdmin();
    try {
      var created = keys.create(name, role, callers.current());
      ShownOnce.keep(CREATED_KEY, created.key());
      Messages.info("apiKeys.created", created.apiKey().name());
      return SELF;
    } catch (InvalidInputException e) {
      Messages.error("apiKeys.notDone", reason(e));
      return null;
    }
  }

  public String revoke(long id) {
    currentUser.requireAdmin();
    try {
      var revoked = keys.revoke(id);
      Messages.info("apiKeys.revoked", revoked.name());
      return SELF;
    } catch (Refusal e) {
      Messages.error("apiKeys.notDone", Messages.refusal(e));
      return null;
    }
  }

  /** The question of the revoke confirmation, naming the key. */
  public String revokeQuestion(String keyName) {
    return Messages.text("apiKeys.revokeConfirm", keyName);
  }

  private static String reason(InvalidInputException e) {
    return switch (e.field()) {
      case "name" -> Messages.text("apiKeys.invalid.name", ApiKeyStore.MAX_NAME_LENGTH);
      case "role" -> Messages.text("apiKeys.invalid.role");
      default -> e.getMessage();
    };
  }

  /** The key just created, on the page view after Create only; null otherwise. */
  public String getCreatedKey() {
    return ShownOnce.read(CREATED_KEY);
  }

  /** The roles an API key may have. */
  public List<Role> getRoles() {
    return List.of(Role.INTAKE, Role.VIEWER, Role.ADMIN);
  }

  public List<ApiKey> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}

package app.emailrouting.console.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.security.control.Passwords;
import app.emailrouting.security.control.UserStore;
import app.emailrouting.security.entity.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Users (admins only): the console users, a new user (who must choose their own password at first
 * sign-in, as through the API), a user's role, a temporary password for someone else, and delete.
 * The rows are kept for the view, so that a row's button acts on the user it showed. The store's
 * refusals (name taken, password too short, the last admin) are shown in the page's language.
 */
@Named
@ReadersOnly
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/users.xhtml?faces-redirect=true";

  @Inject UserStore users;
  @Inject CurrentUser currentUser;

  private List<User> rows = List.of();
  private String name;
  private String password;
  private Role role = Role.VIEWER;
  private String editedName;
  private Role editedRole;
  private String temporaryPassword;

  /** Lists the users (a viewAction); a viewer is sent to the dashboard instead. */
  public String load() {
    String refused = AdminPages.refuseViewer(currentUser);
    if (refused == null) {
      rows = users.list();
    }
    return refused;
  }

  public String create() {
    currentUser.requireAdmin();
    try {
      users.create(name, password, role, true);
    } catch (InvalidInputException | Refusal e) {
      return refused(e);
    } finally {
      password = null;
    }
    Messages.info("users.created", name);
    return SELF;
  }

  /** Opens the change dialog for a user. */
  public void edit(String user) {
    currentUser.requireAdmin();
    editedName = user;
    editedRole =
        rows.stream()
            .filter(row -> row.name().equals(user))
            .map(User::role)
            .findFirst()
            .orElse(null);
    temporaryPassword = null;
  }

  public String changeRole() {
    currentUser.requireAdmin();
    try {
      users.changeRole(editedName, editedRole);
    } catch (InvalidInputException | Refusal e) {
      return refused(e);
    }
    Messages.info("users.roleChanged", editedName, roleLabel(editedRole));
    return SELF;
  }

  /** Sets a password that the user must change at their next sign-in (unless it is one's own). */
  public String resetPassword() {
    currentUser.requireAdmin();
    boolean own = editedName.equals(currentUser.getName());
    try {
      users.changePassword(editedName, temporaryPassword, own);
    } catch (InvalidInputException | Refusal e) {
      return refused(e);
    } finally {
      temporaryPassword = null;
    }
    Messages.info(own ? "users.ownPasswordSet" : "users.passwordSet", editedName);
    return SELF;
  }

  public String delete(String user) {
    currentUser.requireAdmin();
    try {
      users.delete(user);
    } catch (Refusal e) {
      return refused(e);
    }
    Messages.info("users.deleted", user);
    return SELF;
  }

  /** The question of the delete confirmation, naming the user. */
  public String deleteQuestion(String user) {
    return Messages.text("users.deleteConfirm", user);
  }

  /**
   * Shows a refusal on this page: an invalid field in this page's words, a refusal (a taken name,
   * the last admin, a user gone meanwhile) in the page's language.
   */
  private static String refused(RuntimeException e) {
    Messages.error("users.notDone", reason(e));
    return null;
  }

  private static String reason(RuntimeException e) {
    if (e instanceof InvalidInputException invalid && isKnownField(invalid.field())) {
      return Messages.text(
          "users.invalid." + invalid.field(), Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
    }
    if (e instanceof Refusal refusal) {
      return Messages.refusal(refusal);
    }
    return e.getMessage();
  }

  private static boolean isKnownField(String field) {
    return List.of("name", "password", "role").contains(field);
  }

  private static String roleLabel(Role role) {
    return Messages.text("users.role." + role.name());
  }

  /** The roles a console user may have. */
  public List<Role> getRoles() {
    return List.of(Role.ADMIN, Role.VIEWER);
  }

  public List<User> getRows() {
    return rows;
  }

  /** Whether this row is the signed-in user. */
  public boolean isYou(User row) {
    return row.name().equals(currentUser.getName());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getEditedName() {
    return editedName;
  }

  public Role getEditedRole() {
    return editedRole;
  }

  public void setEditedRole(Role editedRole) {
    this.editedRole = editedRole;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}

package app.emailrouting.security.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.boundary.QueryParameters;
import java.util.Optional;

/** The body of {@code POST /api/users} and {@code PATCH /api/users/{name}}. Public fields. */
public class UserInput {

  public String name;
  public String password;

  /** One's own password, required to change it. */
  public String currentPassword;

  public String role;

  Optional<Role> role() {
    return QueryParameters.oneOf(
        Role.class, "role", role == null ? null : role.toUpperCase(java.util.Locale.ROOT));
  }
}

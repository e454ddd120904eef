package app.emailrouting.security.boundary;

import app.emailrouting.security.entity.User;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A console user as the API shows it: never the password or its hash. */
@JsonbPropertyOrder({"name", "role", "mustChangePassword", "createdAt", "updatedAt"})
public record UserView(
    String name, String role, boolean mustChangePassword, Instant createdAt, Instant updatedAt) {

  static UserView of(User user) {
    return new UserView(
        user.name(),
        user.role().roleName(),
        user.mustChangePassword(),
        user.createdAt(),
        user.updatedAt());
  }
}

package app.emailrouting.genesys.control;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * What a connection test found: the organization and OAuth client it reached, and one check per
 * permission the service needs. {@code ok} is {@code null} for a check that cannot be made.
 */
@JsonbNillable
@JsonbPropertyOrder({"ok", "organization", "client", "checks"})
public record ConnectionReport(boolean ok, String organization, String client, List<Check> checks) {

  /** One thing checked, with what the admin should know about it. */
  @JsonbNillable
  @JsonbPropertyOrder({"permission", "ok", "detail"})
  public record Check(String permission, Boolean ok, String detail) {

    boolean fails() {
      return Boolean.FALSE.equals(ok);
    }
  }

  public static ConnectionReport of(String organization, String client, List<Check> checks) {
    return new ConnectionReport(
        checks.stream().noneMatch(Check::fails), organization, client, checks);
  }
}

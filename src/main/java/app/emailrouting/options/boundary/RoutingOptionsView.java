package app.emailrouting.options.boundary;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.OptionWarning;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** The retrieved routing options a CRM picklist or the console reads, with their warnings. */
@JsonbNillable
@JsonbPropertyOrder({"retrievedAt", "warnings", "items"})
public record RoutingOptionsView(
    Instant retrievedAt, List<OptionWarning> warnings, List<Item> items) {

  /** One option; {@code id} is its Genesys id, the value a routing request names. */
  @JsonbNillable
  @JsonbPropertyOrder({"type", "id", "name", "state", "active", "deleted"})
  public record Item(
      OptionType type, String id, String name, String state, boolean active, boolean deleted) {

    public static Item of(RoutingOption option) {
      return new Item(
          option.type(),
          option.genesysId(),
          option.name(),
          option.state(),
          option.active(),
          option.deleted());
    }
  }
}

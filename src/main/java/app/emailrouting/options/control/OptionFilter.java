package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.problems.control.InvalidInputException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which stored routing options a picklist or the console asks for: an optional type and a name that
 * contains the given text, ignoring case.
 */
public record OptionFilter(OptionType type, String name) implements Predicate<RoutingOption> {

  /** The filter the query parameters give; an unknown type is invalid input. */
  public static OptionFilter of(String type, String name) {
    return new OptionFilter(type(type), name == null || name.isBlank() ? null : name.strip());
  }

  private static OptionType type(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return OptionType.of(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "type", "must be QUEUE, SKILL, LANGUAGE or INBOUND_EMAIL_FLOW"));
  }

  @Override
  public boolean test(RoutingOption option) {
    return isOfType(option) && hasName(option);
  }

  private boolean isOfType(RoutingOption option) {
    return type == null || option.type() == type;
  }

  private boolean hasName(RoutingOption option) {
    return name == null || option.name() != null && lower(option.name()).contains(lower(name));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}

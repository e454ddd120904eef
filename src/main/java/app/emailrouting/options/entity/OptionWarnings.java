package app.emailrouting.options.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The warnings about a retrieved set: a list longer than the CRM picklist takes (the CRM would
 * silently cut it), and inactive or deleted entries (a request naming one fails in Genesys).
 */
public final class OptionWarnings {

  private OptionWarnings() {}

  public static List<OptionWarning> of(Collection<RoutingOption> options) {
    var warnings = new ArrayList<OptionWarning>();
    for (OptionType type : OptionType.values()) {
      var ofType = options.stream().filter(option -> option.type() == type).toList();
      overLimit(type, ofType.size()).ifPresent(warnings::add);
      counted(type, ofType, RoutingOption::isInactive, OptionWarning.INACTIVE_OPTIONS, "inactive")
          .ifPresent(warnings::add);
      counted(type, ofType, RoutingOption::deleted, OptionWarning.DELETED_OPTIONS, "deleted")
          .ifPresent(warnings::add);
      counted(
              type,
              ofType,
              RoutingOption::isUnpublished,
              OptionWarning.UNPUBLISHED_FLOWS,
              "not published (publish it in Architect)")
          .ifPresent(warnings::add);
    }
    return List.copyOf(warnings);
  }

  private static Optional<OptionWarning> overLimit(OptionType type, long count) {
    if (!type.exceedsPicklistLimit(count)) {
      return Optional.empty();
    }
    return Optional.of(
        new OptionWarning(
            OptionWarning.OVER_PICKLIST_LIMIT,
            type,
            count,
            "%,d %s were retrieved, more than the %,d a CRM picklist holds: some cannot be picked."
                .formatted(count, type.plural(), type.picklistLimit())));
  }

  private static Optional<OptionWarning> counted(
      OptionType type,
      List<RoutingOption> options,
      Predicate<RoutingOption> which,
      String code,
      String adjective) {
    long count = options.stream().filter(which).count();
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new OptionWarning(
            code,
            type,
            count,
            "%,d of the %s %s %s: a routing request naming one fails in Genesys Cloud."
                .formatted(count, type.plural(), count == 1 ? "is" : "are", adjective)));
  }
}

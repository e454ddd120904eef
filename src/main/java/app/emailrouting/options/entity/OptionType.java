package app.emailrouting.options.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of routing options a CRM picks from, with the incumbent's CRM picklist limits (queues
 * and languages 1,000, skills 500; none known for inbound email flows).
 */
public enum OptionType {
  QUEUE("queues", 1_000),
  SKILL("skills", 500),
  LANGUAGE("languages", 1_000),
  INBOUND_EMAIL_FLOW("inbound email flows", 0);

  private final String plural;
  private final int picklistLimit;

  OptionType(String plural, int picklistLimit) {
    this.plural = plural;
    this.picklistLimit = picklistLimit;
  }

  /** The type a query parameter names, in any case. */
  public static Optional<OptionType> of(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.name().equals(key)).findFirst();
  }

  public String plural() {
    return plural;
  }

  public boolean exceedsPicklistLimit(long count) {
    return picklistLimit > 0 && count > picklistLimit;
  }

  public int picklistLimit() {
    return picklistLimit;
  }
}

package app.emailrouting.sandbox.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code state} of a skill or a language, written in Genesys Cloud's lower case. A deleted one
 * stays listed (as Genesys lists it) but cannot route.
 */
public enum OptionState {
  ACTIVE,
  INACTIVE,
  DELETED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static boolean isKnown(String value) {
    return Arrays.stream(values()).anyMatch(state -> state.value().equals(value));
  }

  static boolean isDeleted(String value) {
    return DELETED.value().equals(value);
  }
}

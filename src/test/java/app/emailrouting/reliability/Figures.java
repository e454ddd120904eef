package app.emailrouting.reliability;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A suite's measured figures, printed as one block that a reader (or a script) finds easily. */
final class Figures {

  private final String suite;
  private final Map<String, String> values = new LinkedHashMap<>();

  Figures(String suite) {
    this.suite = suite;
  }

  Figures put(String name, Object value) {
    values.put(name, text(value));
    return this;
  }

  private static String text(Object value) {
    if (value instanceof Double number) {
      return format(number);
    }
    if (value instanceof java.util.Collection<?> items && items.size() > 1) {
      return items.stream()
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining("\n    ", "\n    ", ""));
    }
    return String.valueOf(value);
  }

  private static String format(double number) {
    return String.format(Locale.ROOT, "%.2f", number);
  }

  /** Prints the block; called before the assertions, so that a failing run still shows them. */
  void print() {
    var block = new StringBuilder("\n== " + suite + " figures\n");
    values.forEach((name, value) -> block.append("  %s: %s%n".formatted(name, value)));
    System.out.println(block);
  }
}

package app.emailrouting.problems.boundary;

import java.util.Optional;

/**
 * What a JSON body must be before it is parsed: nested at most {@value #MAX_DEPTH} deep (the parser
 * gives up past 1,000 with an unexpected error), and with no text a database cannot store as sent:
 * no {@code \u0000} and no lone UTF-16 surrogate in an escape. One pass over the text, no parsing.
 */
final class JsonBodyCheck {

  static final int MAX_DEPTH = 64;

  private JsonBodyCheck() {}

  /** Empty when the body may be parsed; else what is wrong with it. */
  static Optional<String> problem(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString && c == '\\') {
        var escape = escape(json, i);
        if (escape.problem() != null) {
          return Optional.of(escape.problem());
        }
        i += escape.length() - 1;
      } else if (c == '"') {
        inString = !inString;
      } else if (!inString && (c == '{' || c == '[') && ++depth > MAX_DEPTH) {
        return Optional.of("is nested deeper than " + MAX_DEPTH + " levels");
      } else if (!inString && (c == '}' || c == ']')) {
        depth--;
      }
    }
    return Optional.empty();
  }

  private record Escape(int length, String problem) {}

  private static Escape escape(String json, int at) {
    if (!json.startsWith("\\u", at)) {
      return new Escape(2, null);
    }
    int code = hex(json, at + 2);
    if (code == 0) {
      return new Escape(6, "has a NUL character (\\u0000) in a text");
    }
    if (Character.isLowSurrogate((char) code)) {
      return new Escape(6, "has a lone UTF-16 surrogate in a text");
    }
    if (!Character.isHighSurrogate((char) code)) {
      return new Escape(6, null);
    }
    boolean paired =
        json.startsWith("\\u", at + 6) && Character.isLowSurrogate((char) hex(json, at + 8));
    return paired ? new Escape(12, null) : new Escape(6, "has a lone UTF-16 surrogate in a text");
  }

  /** The four hex digits at {@code at}, or -1 (the parser then says the JSON is malformed). */
  private static int hex(String json, int at) {
    if (at + 4 > json.length()) {
      return -1;
    }
    try {
      return Integer.parseInt(json.substring(at, at + 4), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

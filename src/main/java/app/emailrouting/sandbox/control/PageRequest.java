package app.emailrouting.sandbox.control;

/**
 * The {@code pageNumber} (from 1) and {@code pageSize} (1 to 100, default 25) of a listing, parsed
 * from the query text so that a bad value is Genesys Cloud's 400 {@code invalid.value}.
 */
public record PageRequest(int pageNumber, int pageSize) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 100;

  public static PageRequest of(String pageNumber, String pageSize) {
    return new PageRequest(
        parse("pageNumber", pageNumber, 1, Integer.MAX_VALUE, 1),
        parse("pageSize", pageSize, 1, MAX_SIZE, DEFAULT_SIZE));
  }

  private static int parse(String field, String text, int min, int max, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a value out of range
    }
    throw PlatformErrors.invalidValue(field, text);
  }
}

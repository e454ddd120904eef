package app.emailrouting.options.entity;

/**
 * Something about the retrieved options an admin should know: a readable sentence, with a code and
 * the type and count it is about so that scripts need not parse the sentence.
 */
public record OptionWarning(String code, OptionType type, long count, String message) {

  public static final String OVER_PICKLIST_LIMIT = "OVER_PICKLIST_LIMIT";
  public static final String INACTIVE_OPTIONS = "INACTIVE_OPTIONS";
  public static final String DELETED_OPTIONS = "DELETED_OPTIONS";
  public static final String UNPUBLISHED_FLOWS = "UNPUBLISHED_FLOWS";
}

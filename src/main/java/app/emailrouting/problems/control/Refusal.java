package app.emailrouting.problems.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why control refused what a caller asked, as a kind of refusal rather than an HTTP status: the API
 * maps each kind to a problem ({@code problems}), the console to a message in the admin's language
 * ({@code console}). The text is a key of the bundle {@code
 * app/emailrouting/problems/refusals*.properties} with its arguments; the exception's message is
 * the English text, the one the API and the log show.
 */
public abstract sealed class Refusal extends RuntimeException {

  public static final String BUNDLE = "app.emailrouting.problems.refusals";

  /** The bundle alone, never the JVM's default locale's: English is the base bundle. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String key;
  private final transient Object[] arguments;

  private Refusal(String key, Object... arguments) {
    super(text(key, Locale.ROOT, plain(arguments)));
    this.key = key;
    this.arguments = plain(arguments);
  }

  public String key() {
    return key;
  }

  /** The refusal in the given language (English when the bundle has no such language). */
  public String text(Locale locale) {
    return text(key, locale, arguments);
  }

  /** Numbers as they are (ids without grouping), anything else as its text. */
  private static Object[] plain(Object... arguments) {
    var plain = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      plain[i] = arguments[i] == null ? "" : arguments[i].toString();
    }
    return plain;
  }

  private static String text(String key, Locale locale, Object... arguments) {
    var bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** What the caller named does not exist (or no longer does). */
  public static final class NotFound extends Refusal {
    public NotFound(String key, Object... arguments) {
      super(key, arguments);
    }
  }

  /** The thing exists, but its state does not allow this now. */
  public static final class Conflict extends Refusal {
    public Conflict(String key, Object... arguments) {
      super(key, arguments);
    }
  }

  /** The caller's version (If-Match) is no longer the stored one: someone changed it meanwhile. */
  public static final class StaleVersion extends Refusal {
    public StaleVersion(String key, Object... arguments) {
      super(key, arguments);
    }
  }

  /** The service cannot do it now (too busy); the same request may succeed later. */
  public static final class Unavailable extends Refusal {
    public Unavailable(String key, Object... arguments) {
      super(key, arguments);
    }
  }

  /** Too many attempts just now (failed logins): refused until the time the text names. */
  public static final class TooManyAttempts extends Refusal {
    public TooManyAttempts(String key, Object... arguments) {
      super(key, arguments);
    }
  }
}

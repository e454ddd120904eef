package app.emailrouting.failedrequests.entity;

import app.emailrouting.routing.entity.FailureReason;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a failure reason means and what an admin does about it. The texts live in one bundle, {@code
 * app/emailrouting/failedrequests/fixes*.properties}, which the API reads in English and the
 * console (as {@code fixes}) in the admin's language.
 */
public record FailureFix(FailureReason reason) {

  public static final String BUNDLE = "app.emailrouting.failedrequests.fixes";

  /** The bundle alone, never the JVM's default locale's: English is the base bundle. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static FailureFix of(FailureReason reason) {
    return new FailureFix(reason);
  }

  /** The cause, in English (the API). */
  public String cause() {
    return cause(Locale.ROOT);
  }

  /** The fix, in English (the API). */
  public String fix() {
    return fix(Locale.ROOT);
  }

  public String cause(Locale locale) {
    return text("cause.", locale);
  }

  public String fix(Locale locale) {
    return text("fix.", locale);
  }

  private String text(String kind, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(kind + reason.name());
  }
}

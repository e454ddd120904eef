package app.emailrouting.console.boundary;

import app.emailrouting.problems.control.Refusal;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Console messages in the page's language: on this page, or on the page after a redirect. */
final class Messages {

  static final String BUNDLE = "app.emailrouting.console.messages";

  private Messages() {}

  static String text(String key, Object... arguments) {
    var faces = FacesContext.getCurrentInstance();
    var bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return MessageFormat.format(bundle.getString(key), arguments);
  }

  /** Why control refused, in the page's language. */
  static String refusal(Refusal refusal) {
    return refusal.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** Whether the bundle has this key. */
  static boolean has(String key) {
    var faces = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).containsKey(key);
  }

  /** A message on the page after the redirect that follows a change. */
  static void info(String key, Object... arguments) {
    next(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /** An error on the page after the redirect (the page shows what is now, then why). */
  static void errorNext(String key, Object... arguments) {
    next(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  private static void next(FacesMessage.Severity severity, String text) {
    CDI.current().select(Notices.class).get().add(new FacesMessage(severity, text, null));
  }

  /** An error on this page (the form is shown again). */
  static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }
}

package app.emailrouting.console.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The console's language: the browser's (English or French) until the user switches. */
@Named
@SessionScoped
public class Preferences implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      var requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
    return locale;
  }

  /**
   * A time as people read it in the console's language, in UTC (as the API gives it): "Nov 27,
   * 2026, 8:37:03 PM UTC", "27 nov. 2026, 20:37:03 UTC"; empty for none.
   */
  public String when(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneOffset.UTC)
            .format(at)
        + " UTC";
  }

  /** Switches to the given language ("en" or "fr") and shows the same page again. */
  public String switchTo(String language) {
    locale = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}

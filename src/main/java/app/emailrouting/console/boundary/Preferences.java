package app.emailrouting.console.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
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

  /** Switches to the given language ("en" or "fr") and shows the same page again. */
  public String switchTo(String language) {
    locale = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}

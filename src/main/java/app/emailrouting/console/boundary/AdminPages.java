package app.emailrouting.console.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;

/**
 * The gate of the admin-only pages (users, API keys): a viewer who opens one by its address is sent
 * to the dashboard with an error there, before the page reads any data.
 */
final class AdminPages {

  static final String DASHBOARD = "/index.xhtml?faces-redirect=true";

  private AdminPages() {}

  /** Null for an admin (the page is shown); else the dashboard, where the refusal is shown. */
  static String refuseViewer(CurrentUser currentUser) {
    try {
      currentUser.requireAdmin();
      return null;
    } catch (SecurityException refused) {
      CDI.current()
          .select(Notices.class)
          .get()
          .add(new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
      return DASHBOARD;
    }
  }
}

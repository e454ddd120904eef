package app.emailrouting.console.boundary;

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
      Messages.errorNext("error.notAllowed");
      return DASHBOARD;
    }
  }
}

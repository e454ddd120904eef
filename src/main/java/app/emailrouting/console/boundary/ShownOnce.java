package app.emailrouting.console.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;

/**
 * A secret shown once (a new API key, a webhook's signing secret): it crosses the redirect after
 * its creation in the Faces flash, which forgets it at the end of the page view that follows (never
 * in the URL, nor in a bean), and that page is not cached.
 */
final class ShownOnce {

  private ShownOnce() {}

  /** Keeps the secret for the next page view. */
  static void keep(String name, String secret) {
    flash().put(name, secret);
  }

  /** The secret, on the page view after its creation only; null otherwise. */
  static String read(String name) {
    return (String) flash().get(name);
  }

  /** Tells the browser not to cache a page that shows the secret. */
  static void noStoreIfShown(String name) {
    if (read(name) != null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseHeader("Cache-Control", "no-store");
    }
  }

  private static Flash flash() {
    return FacesContext.getCurrentInstance().getExternalContext().getFlash();
  }
}

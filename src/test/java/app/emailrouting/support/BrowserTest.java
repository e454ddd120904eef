package app.emailrouting.support;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of the console's browser tests (as OmniFaces' integration tests have theirs): the
 * service on Payara Micro ({@link ServiceTest}), its REST API for setting up and checking, and real
 * browsers, signed in as the admin or a new viewer, closed after each test.
 */
@ServiceTest
public abstract class BrowserTest {

  @ServiceUrl protected URL base;

  private final List<Browser> browsers = new ArrayList<>();

  /** The REST API, as the admin. */
  protected Api api() {
    return new Api(base);
  }

  /** A browser whose language is English. */
  protected Browser english() {
    return opened(Browser.english(base.toString()));
  }

  /** A browser whose language is French. */
  protected Browser french() {
    return opened(Browser.french(base.toString()));
  }

  /** An English browser signed in as the admin. */
  protected Browser admin() {
    return english().signIn("admin", Api.ADMIN_PASSWORD);
  }

  /** An English browser signed in as a new viewer, past the password change they must make. */
  protected Browser viewer() {
    var viewer = api().createUser("viewer");
    var page = english().signIn(viewer.name(), viewer.password());
    String own = "own-Passw0rd-" + UUID.randomUUID();
    page.changePassword(viewer.password(), own);
    return page.signIn(viewer.name(), own);
  }

  private Browser opened(Browser browser) {
    browsers.add(browser);
    return browser;
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
    browsers.clear();
  }
}

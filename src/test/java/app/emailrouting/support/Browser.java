package app.emailrouting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its ChromeDriver, as the console's tests use it: opens
 * pages, finds elements by their fixed ids, waits for pages and PrimeFaces' ajax rather than
 * sleeping, and saves a screenshot of each page under {@code target/screenshots}. A closed browser
 * is kept for the next test of the same language (its cookies and storage cleared, its window back
 * to 1280 px): starting Chromium for each test would cost a second each.
 */
public final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private static final Map<String, Deque<Browser>> IDLE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(b -> b.driver.quit()))));
  }

  private final WebDriver driver;
  private final String language;
  private final Path userData;
  private String base;

  /** A browser of this language: one kept from an earlier test, or a new one. */
  private static Browser take(String base, String language) {
    var kept = IDLE.computeIfAbsent(language, key -> new ConcurrentLinkedDeque<>()).poll();
    var browser = kept == null ? new Browser(language) : kept;
    browser.base = base.replaceAll("/+$", "") + "/";
    return browser;
  }

  private Browser(String language) {
    this.language = language;
    try {
      this.userData = Files.createTempDirectory("chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + userData);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A browser whose language is English. */
  public static Browser english(String base) {
    return take(base, "en-US");
  }

  public static Browser french(String base) {
    return take(base, "fr-FR");
  }

  public Browser open(String path) {
    driver.get(base + path);
    waitForPage();
    return this;
  }

  public WebElement byId(String id) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** The element's visible text, read again if an ajax update replaced it meanwhile. */
  public String text(String id) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id(id)).getText());
  }

  public Browser type(String id, String text) {
    var field = byId(id);
    field.clear();
    // select what is left (PrimeFaces' number inputs keep their value on clear) and type over it
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    field.sendKeys(text);
    return this;
  }

  /** On the password page: changes the password from {@code current} to {@code own}. */
  public Browser changePassword(String current, String own) {
    type("change-password:current", current);
    type("change-password:password", own).type("change-password:repeated", own);
    return submit("change-password:change");
  }

  /** Clicks a button that submits the page (ajax="false") and waits for the next page. */
  public Browser submit(String id) {
    var button = byId(id);
    script("window.beforeSubmit = true;");
    button.click();
    new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(script("return window.beforeSubmit === undefined;")));
    waitForPage();
    return this;
  }

  /** Waits until the document is loaded and PrimeFaces has no ajax request under way. */
  public void waitForPage() {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** Picks the item with this value in a PrimeFaces selectOneMenu, through its widget. */
  public Browser select(String widgetVar, String value) {
    script("PF('" + widgetVar + "').selectValue('" + value.replace("'", "\\'") + "');");
    return this;
  }

  /** Resizes the window to this width (768 px high), as on a small laptop or a tablet. */
  public Browser width(int pixels) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 768));
    return this;
  }

  /** Whether the page is wider than the window (a horizontal scroll bar). */
  public boolean overflowsWidth() {
    return Boolean.TRUE.equals(
        script("return document.documentElement.scrollWidth > window.innerWidth;"));
  }

  public Object script(String script) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
  }

  /** The path of the page shown, such as {@code /login.xhtml}. */
  public String currentPath() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** Presses keys, as a person at the keyboard: into whatever has the focus. */
  public Browser keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Shift+Tab: the focus back to the previous control. */
  public Browser backTab() {
    new org.openqa.selenium.interactions.Actions(driver)
        .keyDown(org.openqa.selenium.Keys.SHIFT)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .keyUp(org.openqa.selenium.Keys.SHIFT)
        .perform();
    return this;
  }

  /** The id of the element that has the focus. */
  public String focused() {
    return String.valueOf(script("return document.activeElement.id;"));
  }

  /** Forgets the console session, as when it ended on the server (30 minutes idle). */
  public Browser forgetSession() {
    driver.manage().deleteCookieNamed("JSESSIONID");
    return this;
  }

  public Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  /** Signs in on the login page and waits for the page it leads to. */
  public Browser signIn(String user, String password) {
    open("login.xhtml");
    type("login:user", user);
    type("login:password", password);
    return submit("login:sign-in");
  }

  public Browser screenshot(String name) {
    try {
      Path file = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(
          file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Signs out of everything (cookies and storage cleared) and keeps the browser for later. */
  @Override
  public void close() {
    try {
      if (driver.getCurrentUrl().startsWith(base)) {
        script("window.localStorage.clear(); window.sessionStorage.clear();");
      }
      driver.manage().deleteAllCookies();
      driver.get("about:blank");
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      IDLE.get(language).push(this);
    } catch (org.openqa.selenium.WebDriverException broken) {
      driver.quit();
    }
  }
}

package app.emailrouting.database.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the datasource settings that follow from {@code DB_URL}: the JDBC datasource class of its
 * database, and, when no URL is configured, the embedded H2 file database in {@code DATA_DIR}.
 *
 * <p>It sits below environment variables and system properties (ordinal 50), so an operator can
 * still set any of these keys. It reads the two keys it derives from directly, as a config source
 * cannot ask the config it belongs to.
 */
public class DatabaseConfigSource implements ConfigSource {

  static final String URL_KEY = "db.url";
  static final String DATASOURCE_CLASS_KEY = "db.datasource-class";
  static final String USER_KEY = "db.user";
  static final String PASSWORD_KEY = "db.password";

  private static final String H2_USER = "routing";

  private final Map<String, String> properties;

  public DatabaseConfigSource() {
    this(setting("db.url", "DB_URL"), setting("data.dir", "DATA_DIR").orElse("./data"));
  }

  DatabaseConfigSource(Optional<String> configuredUrl, String dataDir) {
    this.properties = configuredUrl.map(DatabaseConfigSource::external).orElse(embedded(dataDir));
  }

  private static Map<String, String> external(String url) {
    return Map.of(DATASOURCE_CLASS_KEY, JdbcUrls.dataSourceClass(url));
  }

  private static Map<String, String> embedded(String dataDir) {
    String url = JdbcUrls.embeddedH2(Path.of(dataDir).toAbsolutePath().normalize());
    return Map.of(
        URL_KEY, url,
        DATASOURCE_CLASS_KEY, JdbcUrls.dataSourceClass(url),
        USER_KEY, H2_USER,
        PASSWORD_KEY, H2_USER);
  }

  private static Optional<String> setting(String property, String environmentVariable) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
        .filter(value -> !value.isBlank());
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "email-routing-database-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}

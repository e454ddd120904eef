package app.emailrouting.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version before the API serves: a failed migration fails the
 * deployment, so that the service never runs on a schema it does not know.
 *
 * <p>Flyway runs outside any JTA transaction: it commits each migration itself. Several instances
 * starting together are safe: Flyway locks its history table.
 */
@Startup
@Singleton
public class SchemaMigration {

  public static final String DATASOURCE = "java:app/jdbc/routing";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    var result = Flyway.configure().dataSource(dataSource).locations(locations()).load().migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
  }

  /**
   * The portable migrations, and on PostgreSQL its own repeatable ones (indexes H2 does not have),
   * which run after them.
   */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.equalsIgnoreCase("PostgreSQL")
          ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
    }
  }
}

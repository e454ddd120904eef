package app.emailrouting.database.boundary;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The request store's datasource, pooled by the server. Values come from MicroProfile Config
 * (DB_URL, DB_USER, DB_PASSWORD; see DatabaseConfigSource for the embedded H2 default). Only the
 * URL names the database: no server name or port that could override the host it names.
 *
 * <p>Connections are validated ({@code Connection.isValid}) before use, so that after a database
 * outage the pool hands out fresh connections instead of failing once per stale one.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATASOURCE,
    className = "${MPCONFIG=db.datasource-class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
public class RoutingDataSource {}

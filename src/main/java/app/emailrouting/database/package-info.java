/**
 * The request store's database: which one (embedded H2 in {@code data.dir}, or {@code db.url}), its
 * versioned schema (Flyway, applied before the API serves) and its readiness.
 *
 * <p>The datasource is declared in {@code WEB-INF/web.xml} with {@code ${MPCONFIG=...}} values so
 * that one WAR runs on H2 and PostgreSQL; {@link
 * app.emailrouting.database.control.DatabaseConfigSource} derives what the URL implies (driver
 * class, H2 defaults). Schema generation is never used.
 */
package app.emailrouting.database;

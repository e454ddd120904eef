package app.emailrouting.connection.control;

/**
 * The CDI event fired after an admin changed the Genesys connection: whatever waited for a working
 * connection (a paused routing pipeline) may try again.
 */
public record GenesysConnectionChanged(String region) {}

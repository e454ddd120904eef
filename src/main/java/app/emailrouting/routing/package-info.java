/**
 * Intake and the routing request store: accepting a CRM's routing request exactly once per external
 * id, keeping every field of it and every routing attempt, and reading them back.
 *
 * <p>A request that names neither or both of a queue and an inbound email flow is still stored
 * (nothing a CRM sends is lost) and fails at once as {@code INVALID_FLOW}, without a call to
 * Genesys Cloud, so that an admin can correct it and reroute it.
 */
package app.emailrouting.routing;

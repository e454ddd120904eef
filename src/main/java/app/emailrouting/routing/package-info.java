/**
 * Intake and the routing request store: accepting a CRM's routing request exactly once per external
 * id, keeping every field of it and every routing attempt, and reading them back.
 *
 * <p>A request that names neither or both of a queue and an inbound email flow is still stored
 * (nothing a CRM sends is lost) and fails at once as {@code INVALID_FLOW}, without a call to
 * Genesys Cloud, so that an admin can correct it and reroute it.
 *
 * <p>Routing runs on every instance of one database: a sweep claims due rows under a lease ({@code
 * FOR UPDATE SKIP LOCKED}, times on the database's clock), the Genesys call runs outside any
 * transaction, and its result is recorded only while the lease holds. A lease that expires with its
 * call out (a crashed instance) is taken back as an attempt of unknown outcome, like a call that
 * got no clear answer; both are sent again only after a delay, so that a duplicate email is
 * possible only where Genesys' answer was truly unknown. Timers never die of a failure, and
 * readiness tells when routing has stopped sweeping.
 */
package app.emailrouting.routing;

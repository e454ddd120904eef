/**
 * The only code that knows the Genesys Cloud API: regions, the OAuth token, the create email call,
 * the listings Retrieve Options pages through, the connection check, Genesys' error bodies, the
 * permissions the service needs ({@code GenesysPermission}) and what every failure means ({@code
 * GenesysFailures}, the one classifier). It reads the connection in effect through {@code
 * ConnectionSource}, which connection administration ({@code connection}) provides. An
 * anti-corruption layer: the rest of the service gives it a routing request and gets back our own
 * outcome (routed, or a failure reason with the API response), never a Genesys type; Retrieve
 * Options gets back {@code RoutingOption}s.
 *
 * <p>Fault tolerance sits here, at the edge, with every limit a configuration key: client timeouts
 * below the MicroProfile {@code @Timeout}, a quick in-call {@code @Retry} only for 502/503 and
 * refused connections (a read timeout, 500 or 504 is not retried: the email may have been created,
 * so it is an unknown outcome for routing to re-send late), a circuit breaker for outages, a
 * bulkhead, and a pacer that keeps calls under Genesys' per-token rate limit and holds every call
 * after a 429 until its Retry-After. Create email waits for its pacing slot before its timed call,
 * and gives the call up unsent when the slot is too far or the wait is interrupted.
 */
package app.emailrouting.genesys;

/**
 * The only code that knows the Genesys Cloud API: regions, OAuth client credentials, the create
 * email call, the listings Retrieve Options pages through, and Genesys' error bodies. An
 * anti-corruption layer: the rest of the service gives it a routing request and gets back our own
 * outcome (routed, or a failure reason with the API response), never a Genesys type; Retrieve
 * Options gets back {@code RoutingOption}s.
 *
 * <p>Fault tolerance sits here, at the edge, with every limit a configuration key: client timeouts
 * below the MicroProfile {@code @Timeout}, a quick in-call {@code @Retry} only for 502/503/504 and
 * refused connections (a read timeout is not retried in-call: the email may have been created), a
 * circuit breaker for outages, a bulkhead, and a pacer that keeps calls under Genesys' per-token
 * rate limit and holds every call after a 429 until its Retry-After.
 */
package app.emailrouting.genesys;

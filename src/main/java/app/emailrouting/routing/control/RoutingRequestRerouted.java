package app.emailrouting.routing.control;

/**
 * An admin rerouted a failed request (API or console): observed once committed, so that it is
 * routed at once instead of at the next sweep.
 */
public record RoutingRequestRerouted(long id) {}

package app.emailrouting.routing.control;

/**
 * The routing pipeline resumed (an admin, a successful probe, a changed connection): observed once
 * committed, so that the requests that waited are claimed at once.
 */
public record RoutingResumed() {}

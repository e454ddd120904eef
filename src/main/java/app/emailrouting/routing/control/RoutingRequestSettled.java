package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.RoutingRequest;

/**
 * A routing request became ROUTED or FAILED: fired in the transaction that records it, so that what
 * announces it (the webhooks' outbox) is written with it or not at all.
 */
public record RoutingRequestSettled(RoutingRequest request) {}

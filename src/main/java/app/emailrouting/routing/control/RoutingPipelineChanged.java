package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.RoutingPipeline;

/** Routing paused itself or resumed: fired in the transaction that changes it. */
public record RoutingPipelineChanged(RoutingPipeline pipeline) {}

package app.emailrouting.routing.boundary;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingPipeline;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The routing pipeline as the REST API shows it. */
@JsonbNillable
@JsonbPropertyOrder({"state", "reason", "detail", "since"})
public record RoutingPipelineView(
    RoutingPipeline.State state, FailureReason reason, String detail, Instant since) {

  static RoutingPipelineView of(RoutingPipeline pipeline) {
    return new RoutingPipelineView(
        pipeline.state(), pipeline.reason(), pipeline.detail(), pipeline.since());
  }
}

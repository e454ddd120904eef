package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** How many routing requests there are by status, and failed ones by failure reason. */
@JsonbPropertyOrder({"total", "byStatus", "failedByReason"})
public record RoutingSummary(
    long total, Map<RoutingStatus, Long> byStatus, Map<FailureReason, Long> failedByReason) {}

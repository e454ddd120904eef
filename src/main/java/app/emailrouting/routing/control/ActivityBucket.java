package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ActivityCounts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The routing activity of one hour or day, from {@code start} (UTC). */
@JsonbPropertyOrder({"start", "received", "routed", "failed"})
public record ActivityBucket(Instant start, long received, long routed, long failed) {

  static ActivityBucket of(Instant start, ActivityCounts counts) {
    return new ActivityBucket(start, counts.received(), counts.routed(), counts.failed());
  }

  ActivityCounts counts() {
    return new ActivityCounts(received, routed, failed);
  }
}

package app.emailrouting.routing.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Routing activity over a period: its start and end, its granularity and one bucket per step. */
@JsonbPropertyOrder({"from", "to", "granularity", "buckets"})
public record ActivitySeries(
    Instant from, Instant to, String granularity, List<ActivityBucket> buckets) {

  /** Whether the buckets are days (else hours). */
  public boolean daily() {
    return "day".equals(granularity);
  }

  static Instant ceil(Instant at, ChronoUnit unit) {
    Instant floor = at.truncatedTo(unit);
    return floor.equals(at) ? at : floor.plus(1, unit);
  }
}

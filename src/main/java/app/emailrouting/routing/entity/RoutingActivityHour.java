package app.emailrouting.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The routing activity of one closed hour (UTC), counted once and kept: requests received, routed,
 * and failures. Kept even when the requests are later deleted.
 */
@Entity
@Table(name = "routing_activity_hour")
public class RoutingActivityHour {

  @Id
  @Column(name = "hour_start")
  private Instant hourStart;

  private long received;
  private long routed;
  private long failed;

  protected RoutingActivityHour() {}

  public RoutingActivityHour(Instant hourStart, ActivityCounts counts) {
    this.hourStart = hourStart;
    this.received = counts.received();
    this.routed = counts.routed();
    this.failed = counts.failed();
  }

  public Instant hourStart() {
    return hourStart;
  }

  public ActivityCounts counts() {
    return new ActivityCounts(received, routed, failed);
  }
}

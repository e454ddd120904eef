package app.emailrouting.failedrequests.entity;

import app.emailrouting.routing.entity.FailureReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether the service reroutes the FAILED requests of one failure reason once their cause is fixed.
 * A reason without a row is off: by default a failed request waits for an admin.
 */
@Entity
@Table(name = "auto_reroute")
public class AutoReroute {

  @Id
  @Enumerated(EnumType.STRING)
  private FailureReason reason;

  private boolean enabled;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected AutoReroute() {}

  public AutoReroute(FailureReason reason) {
    this.reason = reason;
  }

  public void set(boolean enabled, String actor, Instant now) {
    this.enabled = enabled;
    this.updatedBy = actor;
    this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public FailureReason reason() {
    return reason;
  }

  public boolean enabled() {
    return enabled;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

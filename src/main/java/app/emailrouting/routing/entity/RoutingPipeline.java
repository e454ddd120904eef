package app.emailrouting.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether routing runs. It pauses itself when no request could route (bad credentials, the create
 * permission missing), so that pending requests wait instead of burning their attempts; it resumes
 * when the cause is fixed. One row, shared by every instance.
 */
@Entity
@Table(name = "routing_pipeline")
public class RoutingPipeline {

  public static final int ID = 1;

  /** Running or paused. */
  public enum State {
    RUNNING,
    PAUSED
  }

  @Id private Integer id;

  @Enumerated(EnumType.STRING)
  private State state;

  @Enumerated(EnumType.STRING)
  private FailureReason reason;

  @Column(length = 4000)
  private String detail;

  private Instant since;

  @Version private long version;

  protected RoutingPipeline() {}

  /** Pauses routing for this reason, unless it is paused already (keeping the first cause). */
  public void pause(FailureReason cause, String why, Instant now) {
    if (isPaused()) {
      return;
    }
    state = State.PAUSED;
    reason = cause;
    detail = why == null || why.length() <= 4000 ? why : why.substring(0, 4000);
    since = now;
  }

  public void resume(Instant now) {
    if (!isPaused()) {
      return;
    }
    state = State.RUNNING;
    reason = null;
    detail = null;
    since = now;
  }

  public boolean isPaused() {
    return state == State.PAUSED;
  }

  public State state() {
    return state;
  }

  public FailureReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  public Instant since() {
    return since;
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The routing pipeline's state; changes lock its row, so instances never overwrite each other. */
@ApplicationScoped
@Transactional
public class RoutingPipelineStore {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Callers callers;
  @Inject Event<RoutingResumed> resumed;
  @Inject Event<RoutingPipelineChanged> changed;

  private final Clock clock = Clock.systemUTC();

  public RoutingPipeline current() {
    return em.find(RoutingPipeline.class, RoutingPipeline.ID);
  }

  public boolean isPaused() {
    return current().isPaused();
  }

  /**
   * Pauses routing, under the row lock.
   *
   * @return whether this call paused it: false when it was paused already
   */
  public boolean pause(FailureReason reason, String detail) {
    RoutingPipeline pipeline = locked();
    if (pipeline.isPaused()) {
      return false;
    }
    pipeline.pause(reason, detail, clock.instant());
    changed.fire(new RoutingPipelineChanged(pipeline));
    return true;
  }

  /** Resumes routing on an admin's demand. */
  public RoutingPipeline resume() {
    return resume(callers.current(), "Routing resumed by hand");
  }

  /**
   * Resumes routing, recording who resumed it and why if it was paused: an admin, or the service
   * after a successful probe or a connection change.
   */
  public RoutingPipeline resume(String actor, String why) {
    RoutingPipeline pipeline = locked();
    if (pipeline.isPaused()) {
      resumed.fire(new RoutingResumed());
      audit.recordAs(
          actor,
          AuditAction.ROUTING_PIPELINE_RESUMED,
          AuditTarget.setting(AuditTarget.ROUTING_PIPELINE),
          why + " (paused since " + pipeline.since() + ": " + pipeline.reason() + ")",
          null);
    }
    boolean wasPaused = pipeline.isPaused();
    pipeline.resume(clock.instant());
    if (wasPaused) {
      changed.fire(new RoutingPipelineChanged(pipeline));
    }
    return pipeline;
  }

  private RoutingPipeline locked() {
    return em.find(RoutingPipeline.class, RoutingPipeline.ID, LockModeType.PESSIMISTIC_WRITE);
  }
}

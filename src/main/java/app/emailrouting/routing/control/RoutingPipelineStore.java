package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingPipeline;
import jakarta.enterprise.context.ApplicationScoped;
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

  private final Clock clock = Clock.systemUTC();

  public RoutingPipeline current() {
    return em.find(RoutingPipeline.class, RoutingPipeline.ID);
  }

  public boolean isPaused() {
    return current().isPaused();
  }

  public RoutingPipeline pause(FailureReason reason, String detail) {
    RoutingPipeline pipeline = locked();
    pipeline.pause(reason, detail, clock.instant());
    return pipeline;
  }

  public RoutingPipeline resume() {
    RoutingPipeline pipeline = locked();
    pipeline.resume(clock.instant());
    return pipeline;
  }

  private RoutingPipeline locked() {
    return em.find(RoutingPipeline.class, RoutingPipeline.ID, LockModeType.PESSIMISTIC_WRITE);
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.problems.control.ProblemException;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * What an admin does to a failed routing request: correct it, reroute it, delete it. The row is
 * locked while it changes, and an expected version (If-Match) that no longer holds is refused, so
 * an admin never overwrites what the pipeline or another admin did meanwhile. A FAILED request is
 * only ever sent again from here: nothing reroutes it by itself.
 */
@ApplicationScoped
@Transactional
public class RoutingRequestEdits {

  @PersistenceContext EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public RoutingRequest edit(long id, Optional<Long> expectedVersion, RoutingRequestEdit edit) {
    RoutingRequest request = lockedFailed(id, expectedVersion, "edited or rerouted");
    if (edit.failedAttempts().isPresent() && !edit.setsFailedAttemptsToZero()) {
      throw ProblemException.conflict(
          "failedAttempts can only be set to 0, which reroutes the request.");
    }
    if (edit.correctsOptions()) {
      request.correct(edit.applyTo(request.options()), clock.instant());
    }
    if (edit.reroute()) {
      request.reroute(clock.instant());
    }
    return request;
  }

  public void delete(long id, Optional<Long> expectedVersion) {
    em.remove(lockedFailed(id, expectedVersion, "deleted"));
  }

  private RoutingRequest lockedFailed(long id, Optional<Long> expectedVersion, String action) {
    RoutingRequest request =
        Optional.ofNullable(em.find(RoutingRequest.class, id, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> ProblemException.notFound("No routing request " + id + "."));
    if (expectedVersion.isPresent() && expectedVersion.get() != request.version()) {
      throw ProblemException.changedMeanwhile(
          "Routing request "
              + id
              + " changed meanwhile (version "
              + request.version()
              + ", If-Match "
              + expectedVersion.get()
              + "): read it again, then retry.");
    }
    if (!request.isFailed()) {
      throw ProblemException.conflict(
          "Routing request "
              + id
              + " is "
              + request.status()
              + ": only a FAILED request can be "
              + action
              + ".");
    }
    return request;
  }
}

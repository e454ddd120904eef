package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionsRetrieval;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The stored routing options. A retrieval replaces all of them, and records the fact, in one
 * transaction: readers see the old set or the new one, never half of either.
 */
@ApplicationScoped
@Transactional
public class RoutingOptionStore {

  @PersistenceContext EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The stored options matching the filter, by type then name. */
  public List<RoutingOption> list(OptionFilter filter) {
    return em.createNamedQuery("RoutingOption.all", RoutingOption.class).getResultList().stream()
        .filter(filter)
        .toList();
  }

  /** Replaces the stored set with these options and marks the retrieval succeeded. */
  public OptionsRetrieval replace(List<RoutingOption> options) {
    var retrieval =
        em.find(OptionsRetrieval.class, OptionsRetrieval.ID, LockModeType.PESSIMISTIC_WRITE);
    em.createNamedQuery("RoutingOption.deleteAll").executeUpdate();
    options.forEach(em::persist);
    retrieval.succeed(options, clock.instant());
    return retrieval;
  }
}

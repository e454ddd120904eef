package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionsRetrieval;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The stored routing options. A retrieval replaces all of them, records the fact and updates what
 * has been seen over time ({@code routing_option_seen}), in one transaction: readers see the old
 * set or the new one, never half of either.
 */
@ApplicationScoped
@Transactional
public class RoutingOptionStore {

  @PersistenceContext EntityManager em;
  @Inject Event<OptionsRetrieved> retrieved;

  private final Clock clock = Clock.systemUTC();

  private static final String SAME_OPTION =
      "SELECT 1 FROM routing_option o WHERE o.type = s.type AND o.genesys_id = s.genesys_id";
  private static final String[] SEEN_UPDATES = {
    "UPDATE routing_option_seen s SET last_seen_at = ?1, gone_at = NULL, name = (SELECT o.name"
        + " FROM routing_option o WHERE o.type = s.type AND o.genesys_id = s.genesys_id)"
        + " WHERE EXISTS ("
        + SAME_OPTION
        + ")",
    "UPDATE routing_option_seen s SET gone_at = ?1 WHERE gone_at IS NULL AND NOT EXISTS ("
        + SAME_OPTION
        + ")",
    "INSERT INTO routing_option_seen (type, genesys_id, name, first_seen_at, last_seen_at)"
        + " SELECT o.type, o.genesys_id, o.name, ?1, ?1 FROM routing_option o WHERE NOT EXISTS"
        + " (SELECT 1 FROM routing_option_seen s WHERE s.type = o.type"
        + " AND s.genesys_id = o.genesys_id)"
  };

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
    em.flush();
    Instant now = clock.instant();
    for (String update : SEEN_UPDATES) {
      em.createNativeQuery(update).setParameter(1, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
    retrieval.succeed(options, now);
    retrieved.fire(new OptionsRetrieved(now));
    return retrieval;
  }
}

package app.emailrouting.failedrequests.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.failedrequests.entity.AutoReroute;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.genesys.control.ConnectionVerified;
import app.emailrouting.options.control.OptionsRetrieved;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.RoutingRequestFilter;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reroute when the cause is fixed, opt-in per failure reason: after a connection is verified
 * (credentials, permissions, Genesys reachable again) or after Retrieve Options lists the ids the
 * requests failed on again, the matching FAILED requests are rerouted by a paced bulk operation
 * that the audit log shows as done by the service. Off by default: a failed request waits for an
 * admin.
 */
@ApplicationScoped
public class AutoReroutes {

  private static final Logger LOG = Logger.getLogger(AutoReroutes.class.getName());
  private static final int PAGE = 1_000;

  /** What shows a failure reason's cause fixed. */
  public enum FixedWhen {
    CONNECTION_VERIFIED,
    OPTIONS_RETRIEVED
  }

  /** One reason's setting as the API shows it. */
  public record Setting(
      FailureReason reason,
      boolean enabled,
      FixedWhen fixedWhen,
      String updatedBy,
      Instant updatedAt) {}

  @PersistenceContext EntityManager em;
  @Inject BulkOperations operations;
  @Inject RoutingRequestStore requests;
  @Inject RouteCheck routeCheck;
  @Inject AuditLog audit;
  @Inject Callers callers;
  @Inject DatabaseClock clock;

  @Resource ManagedExecutorService executor;

  /** When a reason's cause shows itself fixed; none for REJECTED, which only an edit fixes. */
  public static Optional<FixedWhen> fixedWhen(FailureReason reason) {
    return switch (reason) {
      case BAD_CREDENTIALS, MISSING_PERMISSIONS, GENESYS_UNAVAILABLE, RATE_LIMITED ->
          Optional.of(FixedWhen.CONNECTION_VERIFIED);
      case INVALID_ROUTING_OPTIONS, INVALID_FLOW -> Optional.of(FixedWhen.OPTIONS_RETRIEVED);
      case REJECTED -> Optional.empty();
    };
  }

  /** Every failure reason's setting, in the reasons' order. */
  @Transactional
  public List<Setting> all() {
    var stored = new EnumMap<FailureReason, AutoReroute>(FailureReason.class);
    em.createQuery("SELECT a FROM AutoReroute a", AutoReroute.class)
        .getResultList()
        .forEach(a -> stored.put(a.reason(), a));
    var settings = new ArrayList<Setting>();
    for (FailureReason reason : FailureReason.values()) {
      settings.add(setting(reason, stored.get(reason)));
    }
    return settings;
  }

  /** Switches a reason's automatic reroute on or off, audited. */
  @Transactional
  public Setting set(FailureReason reason, boolean enabled) {
    if (enabled && fixedWhen(reason).isEmpty()) {
      throw new InvalidInputException(
          "reason",
          reason
              + " has no cause the service can see fixed: correct the requests, then reroute"
              + " them");
    }
    var row = em.find(AutoReroute.class, reason, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new AutoReroute(reason);
      em.persist(row);
    }
    row.set(enabled, callers.current(), clock.now());
    audit.record(
        AuditAction.AUTO_REROUTE_CHANGED,
        AuditTarget.autoReroute(reason.name()),
        "Automatic reroute of " + reason + (enabled ? " switched on" : " switched off"),
        Map.of("enabled", enabled));
    return setting(reason, row);
  }

  private static Setting setting(FailureReason reason, AutoReroute row) {
    return new Setting(
        reason,
        row != null && row.enabled(),
        fixedWhen(reason).orElse(null),
        row == null ? null : row.updatedBy(),
        row == null ? null : row.updatedAt());
  }

  void connectionVerified(@Observes ConnectionVerified verified) {
    later(() -> rerouteFixed(FixedWhen.CONNECTION_VERIFIED));
  }

  void optionsRetrieved(@Observes(during = TransactionPhase.AFTER_SUCCESS) OptionsRetrieved event) {
    later(() -> rerouteFixed(FixedWhen.OPTIONS_RETRIEVED));
  }

  /** On the container's executor: the caller's transaction is over, or its answer waits. */
  private void later(Runnable work) {
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Automatic reroute did not start", e);
            }
          });
    } catch (RejectedExecutionException full) {
      LOG.warning("Automatic reroute did not start: the service is too busy");
    }
  }

  /**
   * Starts a bulk reroute, as the service, for each enabled reason this fix covers: after a
   * verified connection every request of the reason; after Retrieve Options those whose ids are all
   * usable again.
   */
  void rerouteFixed(FixedWhen fix) {
    Instant now = clock.now();
    for (Setting setting : all()) {
      if (!setting.enabled() || setting.fixedWhen() != fix) {
        continue;
      }
      if (fix == FixedWhen.CONNECTION_VERIFIED) {
        start(
            new BulkFilter(setting.reason(), null, null, null, now),
            setting.reason() + ": the Genesys connection works");
      } else {
        for (List<Long> ids : routable(setting.reason(), now)) {
          start(
              new BulkFilter(setting.reason(), null, null, ids, now),
              setting.reason() + ": Retrieve Options lists their ids again");
        }
      }
    }
  }

  private void start(BulkFilter filter, String why) {
    if (requests.count(filter.toRequestFilter()) > 0) {
      operations.startAs(Callers.SERVICE, BulkKind.REROUTE, filter, false, why);
    }
  }

  /** The failed requests of a reason whose ids the options have again, in batches of ids. */
  private List<List<Long>> routable(FailureReason reason, Instant before) {
    var batches = new ArrayList<List<Long>>();
    var batch = new ArrayList<Long>();
    var filter = new BulkFilter(reason, null, null, null, before).toRequestFilter();
    long after = 0;
    List<RoutingRequest> page;
    do {
      page = requests.next(filter, after, PAGE);
      for (Long id : routeCheck.routable(page)) {
        batch.add(id);
        if (batch.size() == RoutingRequestFilter.MAX_IDS) {
          batches.add(List.copyOf(batch));
          batch.clear();
        }
      }
      after = page.isEmpty() ? after : page.get(page.size() - 1).id();
    } while (page.size() == PAGE);
    if (!batch.isEmpty()) {
      batches.add(List.copyOf(batch));
    }
    return batches;
  }
}

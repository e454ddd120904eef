package app.emailrouting.failedrequests.control;

import app.emailrouting.connection.control.GenesysConnections;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.genesys.control.AccessTokens;
import app.emailrouting.genesys.control.GenesysFailures;
import app.emailrouting.options.control.OptionsRetrievalStore;
import app.emailrouting.options.control.OptionsSnapshot;
import app.emailrouting.options.control.StaleOptions;
import app.emailrouting.routing.control.RoutingPipelineStore;
import app.emailrouting.routing.control.RoutingRequestDetails;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.AttemptResult;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Would it route now?": the failed requests a filter matches, checked against the current
 * connection (a token, cached or fresh; the routing pipeline's pause, since creating an email
 * cannot be probed) and the last retrieved options, without calling create email. Read in pages,
 * each with one read of the options it names.
 */
@ApplicationScoped
public class RouteCheck {

  private static final int PAGE = 1_000;

  @Inject RoutingRequestStore requests;
  @Inject StaleOptions staleOptions;
  @Inject OptionsRetrievalStore retrievals;
  @Inject GenesysConnections connections;
  @Inject AccessTokens tokens;
  @Inject RoutingPipelineStore pipeline;
  @Inject DatabaseClock clock;

  /** Whether the service can call Genesys now, and if not why. */
  public record Connection(boolean ok, FailureReason failureReason, String detail) {}

  /**
   * How many of the checked requests would route now, how many would fail again and why, how many
   * have remap suggestions, and how many would route once those are applied.
   */
  public record Result(
      long checked,
      long wouldRoute,
      Map<String, Long> wouldFail,
      long suggestionsAvailable,
      long wouldRouteWithSuggestions,
      Instant optionsRetrievedAt,
      Connection connection) {}

  /** What one request would do, its suggestions aside and applied. */
  record Verdict(FailureReason failure, boolean hasSuggestions, boolean routesWithSuggestions) {}

  public Result check(BulkFilter filter) {
    Connection connection = connection();
    Instant retrievedAt = retrievals.current().retrievedAt();
    var failing = new EnumMap<FailureReason, Long>(FailureReason.class);
    long checked = 0;
    long wouldRoute = 0;
    long withSuggestions = 0;
    long routesWithSuggestions = 0;
    var requestFilter = filter.toRequestFilter();
    long after = 0;
    List<RoutingRequest> page;
    do {
      page = requests.next(requestFilter, after, PAGE);
      var ids = page.stream().map(r -> RoutingRequestDetails.idsOf(r.options())).toList();
      var snapshot = retrievedAt == null ? null : staleOptions.snapshot(ids);
      for (int i = 0; i < page.size(); i++) {
        var verdict = verdict(ids.get(i), snapshot);
        FailureReason failure = connection.ok() ? verdict.failure() : connection.failureReason();
        checked++;
        if (failure == null) {
          wouldRoute++;
        } else {
          failing.merge(failure, 1L, Long::sum);
        }
        if (verdict.hasSuggestions()) {
          withSuggestions++;
        }
        if (connection.ok() && verdict.routesWithSuggestions()) {
          routesWithSuggestions++;
        }
      }
      after = page.isEmpty() ? after : page.get(page.size() - 1).id();
    } while (page.size() == PAGE);
    var wouldFail = new LinkedHashMap<String, Long>();
    failing.forEach((reason, count) -> wouldFail.put(reason.name(), count));
    return new Result(
        checked,
        wouldRoute,
        wouldFail,
        withSuggestions,
        routesWithSuggestions,
        retrievedAt,
        connection);
  }

  /** The ids of those requests whose options the last retrieved options all have, usable. */
  public List<Long> routable(List<RoutingRequest> page) {
    if (page.isEmpty() || retrievals.current().retrievedAt() == null) {
      return List.of();
    }
    var ids = page.stream().map(r -> RoutingRequestDetails.idsOf(r.options())).toList();
    var snapshot = staleOptions.snapshot(ids);
    var routable = new ArrayList<Long>();
    for (int i = 0; i < page.size(); i++) {
      if (verdict(ids.get(i), snapshot).failure() == null) {
        routable.add(page.get(i).id());
      }
    }
    return routable;
  }

  /**
   * What the options say of one request: a queue and a flow, or neither, is an invalid flow; a flow
   * that is not usable (gone, inactive, never published) too; a queue, skill or language that is
   * not usable is an invalid routing option. Without retrieved options only the first is known.
   */
  static Verdict verdict(StaleOptions.Ids ids, OptionsSnapshot snapshot) {
    if ((ids.queueId() == null) == (ids.flowId() == null)) {
      return new Verdict(FailureReason.INVALID_FLOW, false, false);
    }
    if (snapshot == null) {
      return new Verdict(null, false, false);
    }
    FailureReason failure = null;
    boolean allFixable = true;
    boolean anySuggestion = false;
    for (var named : OptionsSnapshot.fieldIds(ids)) {
      if (snapshot.usable(named)) {
        continue;
      }
      boolean flow = named.field() == OptionsSnapshot.Field.FLOW;
      if (failure == null || flow) {
        failure = flow ? FailureReason.INVALID_FLOW : FailureReason.INVALID_ROUTING_OPTIONS;
      }
      boolean suggested = snapshot.suggestion(named).isPresent();
      anySuggestion |= suggested;
      allFixable &= suggested;
    }
    return new Verdict(failure, anySuggestion, failure == null || allFixable);
  }

  /**
   * The connection as routing would meet it: a secret this instance can read, a token, and a
   * pipeline not paused for credentials or the create permission.
   */
  private Connection connection() {
    var unusable = connections.unusableBecause();
    if (unusable.isPresent()) {
      return new Connection(false, FailureReason.BAD_CREDENTIALS, unusable.get());
    }
    var paused = pipeline.current();
    if (paused.isPaused()) {
      return new Connection(false, paused.reason(), paused.detail());
    }
    try {
      tokens.bearer(connections.current());
      return new Connection(true, null, "A token was granted to the OAuth client.");
    } catch (RuntimeException refused) {
      var result = GenesysFailures.of(refused, clock.now());
      FailureReason reason =
          result instanceof AttemptResult.Failed failed
              ? failed.reason()
              : FailureReason.GENESYS_UNAVAILABLE;
      return new Connection(false, reason, String.valueOf(refused.getMessage()));
    }
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.database.control.DatabaseClock;
import app.emailrouting.options.control.StaleOptions;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
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

  /** The refusal of a change to a request that is not (or no longer) FAILED. */
  public static final String NOT_FAILED = "routingRequest.notFailed";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Callers callers;
  @Inject Event<RoutingRequestRerouted> rerouted;
  @Inject Event<RoutingRequestSettled> settled;
  @Inject StaleOptions staleOptions;

  @Inject DatabaseClock clock;

  public RoutingRequest edit(
      long id, Optional<Long> expectedVersion, @Valid RoutingRequestEdit edit) {
    RoutingRequest request = lockedFailed(id, expectedVersion, "edited or rerouted");
    if (edit.reroute() && !edit.setsFailedAttemptsToZero()) {
      throw new Refusal.Conflict("routingRequest.zeroOnly");
    }
    String actor = callers.current();
    if (edit.correctsOptions()) {
      correct(request, edit.applyTo(request.options()), actor);
    }
    if (edit.reroute()) {
      reroute(request, actor, "Rerouted (failed attempts set to 0)");
      if (!request.isFailed()) {
        rerouted.fire(new RoutingRequestRerouted(id));
      }
    }
    return request;
  }

  /**
   * Replaces the request's gone ids with the options that now have their names, then reroutes it:
   * an edit with failed attempts set to 0. Refused when there is no suggestion.
   */
  public RoutingRequest applySuggestions(long id, Optional<Long> expectedVersion) {
    RoutingRequest request = lockedFailed(id, expectedVersion, "edited or rerouted");
    String actor = callers.current();
    if (!applySuggestions(request, actor)) {
      throw new Refusal.Conflict("routingRequest.noSuggestions", id);
    }
    reroute(request, actor, "Rerouted with the suggested options");
    if (!request.isFailed()) {
      rerouted.fire(new RoutingRequestRerouted(id));
    }
    return request;
  }

  /**
   * Applies the suggestions of a failed request the caller holds locked, as an audited edit;
   * whether there were any.
   */
  public boolean applySuggestions(RoutingRequest request, String actor) {
    var options = request.options();
    var suggestions = staleOptions.suggestions(RoutingRequestDetails.idsOf(options));
    if (suggestions.isEmpty()) {
      return false;
    }
    correct(request, Suggestions.applyTo(options, suggestions), actor);
    return true;
  }

  public void delete(long id, Optional<Long> expectedVersion) {
    delete(lockedFailed(id, expectedVersion, "deleted"), callers.current(), "Deleted");
  }

  /** Reroutes a failed request the caller holds locked, recording who did it. */
  public void reroute(RoutingRequest request, String actor, String summary) {
    var failed = new Failure(request.failureReason(), request.failedAttempts());
    request.reroute(clock.now());
    if (request.isFailed()) {
      settled.fire(new RoutingRequestSettled(request));
    }
    audit.recordAs(
        actor,
        AuditAction.ROUTING_REQUEST_REROUTED,
        AuditTarget.routingRequest(request.id()),
        summary,
        Map.of("before", failed));
  }

  /** Deletes a failed request the caller holds locked; the audit log keeps a full copy. */
  public void delete(RoutingRequest request, String actor, String summary) {
    var copy = RoutingRequestView.of(request, request.attempts(), null, null);
    audit.recordAs(
        actor,
        AuditAction.ROUTING_REQUEST_DELETED,
        AuditTarget.routingRequest(request.id()),
        summary + " (" + request.externalId() + ", " + request.failureReason() + ")",
        Map.of("deleted", copy));
    em.remove(request);
  }

  private void correct(RoutingRequest request, RoutingOptions corrected, String actor) {
    var before = request.options();
    request.correct(corrected, clock.now());
    audit.recordAs(
        actor,
        AuditAction.ROUTING_REQUEST_EDITED,
        AuditTarget.routingRequest(request.id()),
        editSummary(before.differencesFrom(corrected)),
        new Change(before, corrected));
  }

  private static String editSummary(List<String> changed) {
    return changed.isEmpty() ? "Edited (no value changed)" : "Edited " + String.join(", ", changed);
  }

  /** What a reroute resets, kept in its audit event. */
  public record Failure(FailureReason failureReason, int failedAttempts) {}

  /** The routing options before and after an edit. */
  public record Change(RoutingOptions before, RoutingOptions after) {}

  private RoutingRequest lockedFailed(long id, Optional<Long> expectedVersion, String action) {
    RoutingRequest request =
        Optional.ofNullable(em.find(RoutingRequest.class, id, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new Refusal.NotFound("routingRequest.notFound", id));
    if (expectedVersion.isPresent() && expectedVersion.get() != request.version()) {
      throw new Refusal.StaleVersion(
          "routingRequest.changedMeanwhile", id, request.version(), expectedVersion.get());
    }
    if (!request.isFailed()) {
      throw new Refusal.Conflict(NOT_FAILED, id, request.status());
    }
    return request;
  }
}

package app.emailrouting.options.control;

import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.options.entity.SeenOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which ids of a request's routing options the last retrieved options do not know (or know as
 * deleted): the likely cause of an {@code INVALID_ROUTING_OPTIONS} failure, and what to edit.
 */
@ApplicationScoped
@Transactional
public class StaleOptions {

  @PersistenceContext EntityManager em;
  @Inject OptionsRetrievalStore retrievals;

  /** At most this many values in one IN list. */
  private static final int IN_LIST = 1_000;

  /** One id of the request that the retrieved options do not have. */
  public record UnknownOption(String field, String id) {}

  /**
   * What the last retrieved options say about a request's ids: those they do not have, and the
   * replacements for those an option of the same type now has the name of.
   */
  public record Hint(
      Instant retrievedAt,
      List<UnknownOption> unknown,
      List<OptionsSnapshot.Suggestion> suggestions,
      String advice) {}

  /** The routing options of a request, as ids: this package knows nothing else of a request. */
  public record Ids(String queueId, String flowId, List<String> skillIds, String languageId) {}

  public Hint check(Ids options) {
    Instant retrievedAt = retrievals.current().retrievedAt();
    if (retrievedAt == null) {
      return new Hint(
          null,
          List.of(),
          List.of(),
          "Options were never retrieved: Retrieve Options, then compare the request's ids with"
              + " the queues, skills, languages and flows of the Genesys organization.");
    }
    var snapshot = snapshot(List.of(options));
    List<UnknownOption> unknown =
        OptionsSnapshot.fieldIds(options).stream()
            .filter(named -> snapshot.current(named).filter(o -> !o.deleted()).isEmpty())
            .map(named -> new UnknownOption(named.field().json(), named.id()))
            .toList();
    var suggestions = snapshot.suggestions(options);
    return new Hint(retrievedAt, unknown, suggestions, advice(unknown, suggestions));
  }

  /** The replacements for a request's gone ids; none before options were ever retrieved. */
  public List<OptionsSnapshot.Suggestion> suggestions(Ids options) {
    return retrievals.current().retrievedAt() == null
        ? List.of()
        : snapshot(List.of(options)).suggestions(options);
  }

  private static String advice(
      List<UnknownOption> unknown, List<OptionsSnapshot.Suggestion> suggestions) {
    if (!suggestions.isEmpty()) {
      return suggestions.stream()
              .map(
                  s ->
                      s.field()
                          + " "
                          + s.id()
                          + " ("
                          + s.name()
                          + ") is gone; an option of the same name is now "
                          + s.replacementId())
              .collect(Collectors.joining("; "))
          + ". Apply the suggestions to reroute with the current ids.";
    }
    if (unknown.isEmpty()) {
      return "Every id is in the last retrieved options: if Genesys changed since, Retrieve"
          + " Options again; else read the API response.";
    }
    return "Not in the last retrieved options: "
        + unknown.stream().map(u -> u.field() + " " + u.id()).collect(Collectors.joining(", "))
        + ". Retrieve Options if Genesys changed since, edit the request with current ids, then"
        + " reroute it.";
  }

  /**
   * What the stored options say about these requests' ids, read at once: their options now, the
   * names they had when last listed, the usable options with those names.
   */
  public OptionsSnapshot snapshot(Collection<Ids> requests) {
    List<String> ids =
        requests.stream()
            .flatMap(r -> OptionsSnapshot.fieldIds(r).stream())
            .map(OptionsSnapshot.FieldId::id)
            .distinct()
            .toList();
    var current =
        inLists(ids, "SELECT o FROM RoutingOption o WHERE o.genesysId IN :in", RoutingOption.class);
    var seen =
        inLists(ids, "SELECT s FROM SeenOption s WHERE s.genesysId IN :in", SeenOption.class);
    Set<String> names = new HashSet<>();
    current.stream()
        .filter(o -> !o.active() && o.name() != null)
        .forEach(o -> names.add(OptionsSnapshot.normalized(o.name())));
    seen.stream()
        .filter(s -> s.name() != null)
        .forEach(s -> names.add(OptionsSnapshot.normalized(s.name())));
    var usableWithThoseNames =
        inLists(
            List.copyOf(names),
            "SELECT o FROM RoutingOption o WHERE o.active = TRUE AND LOWER(TRIM(o.name)) IN :in",
            RoutingOption.class);
    return new OptionsSnapshot(current, seen, usableWithThoseNames);
  }

  private <T> List<T> inLists(List<String> values, String jpql, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_LIST) {
      found.addAll(
          em.createQuery(jpql, type)
              .setParameter("in", values.subList(from, Math.min(values.size(), from + IN_LIST)))
              .getResultList());
    }
    return found;
  }
}

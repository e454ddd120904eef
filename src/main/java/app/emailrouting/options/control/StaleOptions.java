package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
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

  /** One id of the request that the retrieved options do not have. */
  public record UnknownOption(String field, String id) {}

  /** What the last retrieved options say about a request's ids. */
  public record Hint(Instant retrievedAt, List<UnknownOption> unknown, String advice) {}

  /** The routing options of a request, as ids: this package knows nothing else of a request. */
  public record Ids(String queueId, String flowId, List<String> skillIds, String languageId) {}

  public Hint check(Ids options) {
    Instant retrievedAt = retrievals.current().retrievedAt();
    if (retrievedAt == null) {
      return new Hint(
          null,
          List.of(),
          "Options were never retrieved: Retrieve Options, then compare the request's ids with"
              + " the queues, skills, languages and flows of the Genesys organization.");
    }
    List<UnknownOption> unknown = new ArrayList<>();
    Set<String> known = known(ids(options));
    add(unknown, known, "queueId", options.queueId());
    add(unknown, known, "flowId", options.flowId());
    options.skillIds().forEach(id -> add(unknown, known, "skillIds", id));
    add(unknown, known, "languageId", options.languageId());
    return new Hint(retrievedAt, List.copyOf(unknown), advice(unknown));
  }

  private static String advice(List<UnknownOption> unknown) {
    if (unknown.isEmpty()) {
      return "Every id is in the last retrieved options: if Genesys changed since, Retrieve"
          + " Options again; else read the API response.";
    }
    return "Not in the last retrieved options: "
        + unknown.stream().map(u -> u.field() + " " + u.id()).collect(Collectors.joining(", "))
        + ". Retrieve Options if Genesys changed since, edit the request with current ids, then"
        + " reroute it.";
  }

  private static List<String> ids(Ids options) {
    List<String> ids = new ArrayList<>(options.skillIds());
    for (String id : new String[] {options.queueId(), options.flowId(), options.languageId()}) {
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  private Set<String> known(List<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return em
        .createQuery("SELECT o FROM RoutingOption o WHERE o.genesysId IN :ids", RoutingOption.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(option -> !option.deleted())
        .map(option -> key(option.type(), option.genesysId()))
        .collect(Collectors.toSet());
  }

  private static void add(List<UnknownOption> unknown, Set<String> known, String field, String id) {
    if (id != null && !known.contains(key(typeOf(field), id))) {
      unknown.add(new UnknownOption(field, id));
    }
  }

  private static OptionType typeOf(String field) {
    return switch (field) {
      case "queueId" -> OptionType.QUEUE;
      case "flowId" -> OptionType.INBOUND_EMAIL_FLOW;
      case "skillIds" -> OptionType.SKILL;
      default -> OptionType.LANGUAGE;
    };
  }

  private static String key(OptionType type, String id) {
    return type + ":" + id;
  }
}

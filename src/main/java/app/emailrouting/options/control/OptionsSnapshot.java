package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.options.entity.SeenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the stored options say about some requests' ids: each id's option now, the name it had when
 * last listed, and the usable options with those names. One is read for a request or a chunk of
 * requests, then asked without the database.
 */
public final class OptionsSnapshot {

  /** The fields of a request that name options, with the type each names. */
  public enum Field {
    QUEUE("queueId", OptionType.QUEUE),
    FLOW("flowId", OptionType.INBOUND_EMAIL_FLOW),
    SKILLS("skillIds", OptionType.SKILL),
    LANGUAGE("languageId", OptionType.LANGUAGE);

    private final String json;
    private final OptionType type;

    Field(String json, OptionType type) {
      this.json = json;
      this.type = type;
    }

    /** The field's name in the API. */
    public String json() {
      return json;
    }

    public OptionType type() {
      return type;
    }
  }

  /** One id of a request, in the field that names it. */
  public record FieldId(Field field, String id) {}

  /**
   * A replacement for an id that is gone: an option of the same type now has the name the gone one
   * had, and no other usable option has it.
   */
  public record Suggestion(String field, String id, String name, String replacementId) {}

  private final Map<String, RoutingOption> current;
  private final Map<String, String> seenNames;
  private final Map<String, List<RoutingOption>> usableByName;

  OptionsSnapshot(
      Collection<RoutingOption> current,
      Collection<SeenOption> seen,
      Collection<RoutingOption> usableWithTheirNames) {
    this.current = new HashMap<>();
    current.forEach(o -> this.current.put(key(o.type(), o.genesysId()), o));
    this.seenNames = new HashMap<>();
    seen.stream()
        .filter(s -> s.name() != null)
        .forEach(s -> seenNames.put(key(s.type(), s.genesysId()), s.name()));
    this.usableByName =
        usableWithTheirNames.stream()
            .filter(o -> o.active() && o.name() != null)
            .collect(Collectors.groupingBy(o -> key(o.type(), normalized(o.name()))));
  }

  /** Every id an {@link StaleOptions.Ids} names, with its field. */
  public static List<FieldId> fieldIds(StaleOptions.Ids ids) {
    var named = new ArrayList<FieldId>();
    add(named, Field.QUEUE, ids.queueId());
    add(named, Field.FLOW, ids.flowId());
    ids.skillIds().forEach(id -> add(named, Field.SKILLS, id));
    add(named, Field.LANGUAGE, ids.languageId());
    return named;
  }

  private static void add(List<FieldId> named, Field field, String id) {
    if (id != null) {
      named.add(new FieldId(field, id));
    }
  }

  /** The option an id names now, deleted or not; empty when the last retrieval did not list it. */
  public Optional<RoutingOption> current(FieldId named) {
    return Optional.ofNullable(current.get(key(named.field().type(), named.id())));
  }

  /** Whether Genesys can route with it now: listed, active, not deleted, a flow published. */
  public boolean usable(FieldId named) {
    return current(named).map(RoutingOption::active).orElse(false);
  }

  /** The name the option had when last listed (now, if it still is). */
  public Optional<String> nameOf(FieldId named) {
    return current(named)
        .map(RoutingOption::name)
        .or(() -> Optional.ofNullable(seenNames.get(key(named.field().type(), named.id()))));
  }

  /** The replacement for an id that is not usable, when exactly one usable option has its name. */
  public Optional<Suggestion> suggestion(FieldId named) {
    if (usable(named)) {
      return Optional.empty();
    }
    return nameOf(named)
        .flatMap(
            name -> {
              var sameName =
                  usableByName
                      .getOrDefault(key(named.field().type(), normalized(name)), List.of())
                      .stream()
                      .filter(o -> !o.genesysId().equals(named.id()))
                      .toList();
              return sameName.size() == 1
                  ? Optional.of(
                      new Suggestion(
                          named.field().json(), named.id(), name, sameName.get(0).genesysId()))
                  : Optional.empty();
            });
  }

  /** The suggestions for every id of a request that is not usable and has one. */
  public List<Suggestion> suggestions(StaleOptions.Ids ids) {
    return fieldIds(ids).stream().flatMap(named -> suggestion(named).stream()).toList();
  }

  /** The name as options are matched: trimmed, in lower case. */
  static String normalized(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String key(OptionType type, String id) {
    return type + ":" + id;
  }
}

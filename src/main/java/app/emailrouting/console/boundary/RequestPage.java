package app.emailrouting.console.boundary;

import app.emailrouting.options.control.OptionFilter;
import app.emailrouting.options.control.OptionsSnapshot;
import app.emailrouting.options.control.RetrieveOptions;
import app.emailrouting.options.control.RoutingOptionStore;
import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.problems.boundary.ConstraintViolationMapper;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.routing.control.HistoryEntry;
import app.emailrouting.routing.control.RoutingRequestDetails;
import app.emailrouting.routing.control.RoutingRequestEdit;
import app.emailrouting.routing.control.RoutingRequestEdits;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One routing request: its fields, its API response (formatted JSON) with the correlation id, its
 * history, and the seed's workflow: Retrieve Options, Edit (queue, flow, skills, language, priority
 * and Failed Attempts), Save; or Delete. Saving is the same edit as {@code PATCH
 * /api/routing-requests/{id}}, with the version read as the expected one.
 */
@Named
@ReadersOnly
@ViewScoped
public class RequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingRequestStore store;
  @Inject RoutingRequestEdits edits;
  @Inject RoutingRequestDetails details;
  @Inject RoutingOptionStore options;
  @Inject RetrieveOptions retrieveOptions;
  @Inject CurrentUser currentUser;

  private Long id;
  private transient RoutingRequest request;
  private transient List<HistoryEntry> history;
  private long unknownOutcomes;
  private List<OptionsSnapshot.Suggestion> suggestions = List.of();
  private long version;
  private String queueId;
  private String flowId;
  private List<String> skillIds = new ArrayList<>();
  private String languageId;
  private Integer priority;
  private Integer failedAttempts;

  /** The pickers' choices, read once per page load, not on each of the page's many reads. */
  private transient Map<OptionType, List<Choice>> choices = new EnumMap<>(OptionType.class);

  /** Loads the request named by the view parameter {@code id} (a viewAction). */
  public String load() {
    var read = id == null ? Optional.<RoutingRequestDetails.Details>empty() : details.of(id);
    if (read.isEmpty()) {
      return "/failed.xhtml?faces-redirect=true";
    }
    request = read.get().request();
    history = read.get().history();
    unknownOutcomes = read.get().unknownOutcomes();
    var stale = read.get().staleOptions();
    suggestions = stale == null ? List.of() : List.copyOf(stale.suggestions());
    version = request.version();
    var current = request.options();
    queueId = current.queueId();
    flowId = current.flowId();
    skillIds = new ArrayList<>(current.skillIds());
    languageId = current.languageId();
    priority = current.priority();
    failedAttempts = request.failedAttempts();
    choices = new EnumMap<>(OptionType.class);
    return null;
  }

  /** Saves the edit; Failed Attempts 0 reroutes the request at once. */
  public String save() {
    currentUser.requireAdmin();
    try {
      var edit =
          RoutingRequestEdit.of(
              new RoutingOptions(queueId, flowId, skillIds, languageId, priority),
              failedAttempts == null || failedAttempts == request().failedAttempts()
                  ? null
                  : failedAttempts);
      edits.edit(id, Optional.of(version), edit);
      Messages.info(edit.reroute() ? "request.rerouted" : "request.saved");
      return "/request.xhtml?faces-redirect=true&id=" + id;
    } catch (Refusal e) {
      return refused(e);
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations()
          .forEach(
              invalid ->
                  Messages.error(
                      "request.notSaved",
                      ConstraintViolationMapper.field(invalid) + " " + invalid.getMessage()));
      return null;
    }
  }

  /** The email's CRM attributes, by name. */
  public List<Map.Entry<String, String>> getAttributes() {
    return new TreeMap<>(request().email().attributes()).entrySet().stream().toList();
  }

  /** Saves the edit with Failed Attempts 0: the seed's way to reroute, in one click. */
  public String reroute() {
    failedAttempts = 0;
    return save();
  }

  /** The remap suggestions of a request failed on ids that are gone. */
  public List<OptionsSnapshot.Suggestion> getSuggestions() {
    return suggestions;
  }

  /** Applies the suggestions and reroutes: {@code POST .../apply-suggestions}. */
  public String applySuggestions() {
    currentUser.requireAdmin();
    try {
      edits.applySuggestions(id, Optional.of(version));
      Messages.info("request.suggestionsApplied");
      return "/request.xhtml?faces-redirect=true&id=" + id;
    } catch (Refusal e) {
      return refused(e);
    }
  }

  public String delete() {
    currentUser.requireAdmin();
    try {
      edits.delete(id, Optional.of(version));
      Messages.info("request.deleted", id);
      return "/failed.xhtml?faces-redirect=true";
    } catch (Refusal e) {
      return refused(e);
    }
  }

  /**
   * Says why the service refused an edit or a delete, in the console's language, and where to go:
   * the request as it is now when someone changed it meanwhile (or it is no longer failed), the
   * failed list when it is gone; this page, as typed, for Failed Attempts other than 0.
   */
  private String refused(Refusal e) {
    if (e instanceof Refusal.StaleVersion) {
      return again("request.changedMeanwhile");
    }
    if (e instanceof Refusal.NotFound) {
      Messages.errorNext("request.notSaved", Messages.text("request.gone"));
      return "/failed.xhtml?faces-redirect=true";
    }
    if (e.key().equals(RoutingRequestEdits.NOT_FAILED)) {
      return again("request.notFailedAnyMore");
    }
    Messages.error("request.notSaved", Messages.refusal(e));
    return null;
  }

  private String again(String why) {
    Messages.errorNext("request.notSaved", Messages.text(why));
    return "/request.xhtml?faces-redirect=true&id=" + id;
  }

  /** Starts Retrieve Options; the pickers have the new lists once it is done. */
  public String retrieveOptions() {
    currentUser.requireAdmin();
    try {
      retrieveOptions.start();
      Messages.info("request.retrieving");
    } catch (Refusal e) {
      Messages.info("request.notSaved", Messages.refusal(e));
    }
    return "/request.xhtml?faces-redirect=true&id=" + id;
  }

  /** A choice of a picker: a Genesys id and what to show for it. */
  public record Choice(String id, String label) implements Serializable {}

  /**
   * The choices of a picker: the retrieved options of a type, and the request's own ids that the
   * last retrieval does not know (a stale id stays visible, and can be replaced).
   */
  public List<Choice> options(String type) {
    if (choices == null) {
      choices = new EnumMap<>(OptionType.class);
    }
    return choices.computeIfAbsent(OptionType.valueOf(type), this::choices);
  }

  private List<Choice> choices(OptionType optionType) {
    var read = new ArrayList<Choice>();
    options
        .list(new OptionFilter(optionType, null))
        .forEach(option -> read.add(new Choice(option.genesysId(), label(option))));
    for (String current : currentIds(optionType)) {
      if (read.stream().noneMatch(choice -> choice.id().equals(current))) {
        read.add(0, new Choice(current, current + " (" + Messages.text("request.unknown") + ")"));
      }
    }
    return read;
  }

  /**
   * An option's name, and why it cannot route when it cannot (deleted, not published, inactive).
   */
  private static String label(RoutingOption option) {
    if (option.active()) {
      return option.name();
    }
    String flag =
        option.deleted()
            ? "options.flag.deleted"
            : option.isUnpublished() ? "options.flag.unpublished" : "options.flag.inactive";
    return option.name() + " (" + Messages.text(flag) + ")";
  }

  private List<String> currentIds(OptionType type) {
    var current = request().options();
    String single =
        switch (type) {
          case QUEUE -> current.queueId();
          case INBOUND_EMAIL_FLOW -> current.flowId();
          case LANGUAGE -> current.languageId();
          case SKILL -> null;
        };
    if (type == OptionType.SKILL) {
      return current.skillIds();
    }
    return single == null ? List.of() : List.of(single);
  }

  /** The last API response's body, indented when it is JSON. */
  public String getApiResponseBody() {
    var response = request().apiResponse();
    if (response == null || response.body() == null) {
      return null;
    }
    return JsonText.pretty(response.body());
  }

  private RoutingRequest request() {
    if (request == null) {
      request = store.find(id).orElseThrow();
    }
    return request;
  }

  public RoutingRequest getRequest() {
    return request();
  }

  public List<HistoryEntry> getHistory() {
    if (history == null) {
      history = details.historyOf(id);
    }
    return history;
  }

  /** Attempts of unknown outcome: the email may have reached Genesys more than once. */
  public long getUnknownOutcomes() {
    return unknownOutcomes;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getQueueId() {
    return queueId;
  }

  public void setQueueId(String queueId) {
    this.queueId = queueId;
  }

  public String getFlowId() {
    return flowId;
  }

  public void setFlowId(String flowId) {
    this.flowId = flowId;
  }

  public List<String> getSkillIds() {
    return skillIds;
  }

  public void setSkillIds(List<String> skillIds) {
    this.skillIds = skillIds == null ? new ArrayList<>() : new ArrayList<>(skillIds);
  }

  public String getLanguageId() {
    return languageId;
  }

  public void setLanguageId(String languageId) {
    this.languageId = languageId;
  }

  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public Integer getFailedAttempts() {
    return failedAttempts;
  }

  public void setFailedAttempts(Integer failedAttempts) {
    this.failedAttempts = failedAttempts;
  }
}

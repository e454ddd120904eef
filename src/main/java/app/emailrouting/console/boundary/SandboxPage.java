package app.emailrouting.console.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import app.emailrouting.sandbox.control.Sandbox;
import app.emailrouting.sandbox.control.SandboxEdit;
import app.emailrouting.sandbox.control.SandboxEdits;
import app.emailrouting.sandbox.control.SandboxState;
import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Permissions;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.MissingResourceException;

/**
 * The built-in sandbox (admins only, while it is switched on): its fault switches to rehearse each
 * failure cause, its routing options with Delete and Rename of a queue to rehearse a stale queue,
 * and the emails it created. Changes and Reset go through the same {@link SandboxEdits} as {@code
 * PUT /api/sandbox}, so they are audited the same way.
 */
@Named
@ReadersOnly
@ViewScoped
public class SandboxPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int EMAILS_SHOWN = 50;
  private static final String SELF = "/sandbox.xhtml?faces-redirect=true";

  @Inject Sandbox sandbox;
  @Inject SandboxEdits edits;
  @Inject CurrentUser currentUser;

  private boolean wrongCredentials;
  private boolean expiredTokens;
  private List<String> missingPermissions = new ArrayList<>();
  private boolean rateLimited;
  private Integer retryAfterSeconds;
  private Integer serverError;
  private Integer slowMillis;
  private boolean outage;
  private Integer failNextCalls;
  private String renamedQueueId;
  private String newQueueName;
  private List<String> permissionChoices = List.of();
  private transient SandboxData data;
  private List<CreatedEmail> emails = List.of();

  /** An email the sandbox created, with the name of its queue (or flow) when it still exists. */
  public record CreatedEmail(String id, Instant createdAt, String subject, String queue)
      implements Serializable {}

  /**
   * Loads the sandbox (a viewAction); a viewer is sent to the dashboard instead, and nothing is
   * read while the sandbox is off.
   */
  public String load() {
    String refused = AdminPages.refuseViewer(currentUser);
    if (refused == null && sandbox.isEnabled()) {
      SandboxState state = sandbox.state();
      data = state.data();
      show(state.faults());
      emails = state.conversations().stream().limit(EMAILS_SHOWN).map(this::created).toList();
    }
    return refused;
  }

  /** Saves every fault switch as shown on the page. */
  public String save() {
    currentUser.requireAdmin();
    var switches = switches();
    return change(faultsOnly(switches), "sandbox.saved");
  }

  /** Deletes a queue, as when it is deleted in Genesys Cloud: requests that name it go stale. */
  public String deleteQueue(String id) {
    currentUser.requireAdmin();
    var current = sandbox.state().data();
    String name = current.queue(id).map(Queue::name).orElse(id);
    return change(queuesOnly(current.queuesWithout(id)), "sandbox.queueDeleted", name);
  }

  public String renameQueue() {
    currentUser.requireAdmin();
    var current = sandbox.state().data();
    var renamed = current.queuesRenamed(renamedQueueId, newQueueName);
    return change(queuesOnly(renamed), "sandbox.queueRenamed", newQueueName);
  }

  /** Back to the seed organization, every fault off, no created emails. */
  public String reset() {
    currentUser.requireAdmin();
    try {
      edits.reset();
      Messages.info("sandbox.resetDone");
      return SELF;
    } catch (Refusal e) {
      Messages.error("sandbox.notSaved", Messages.refusal(e));
      return null;
    }
  }

  private String change(SandboxEdit changes, String doneKey, Object... arguments) {
    try {
      edits.change(changes);
      Messages.info(doneKey, arguments);
      return SELF;
    } catch (InvalidInputException e) {
      Messages.error("sandbox.invalid", fieldLabel(e.field()), e.getMessage());
      return null;
    } catch (Refusal e) {
      Messages.error("sandbox.notSaved", Messages.refusal(e));
      return null;
    }
  }

  /** The page's switches; those it does not show keep their values. */
  private static SandboxEdit faultsOnly(FaultSwitches switches) {
    return new SandboxEdit(
        null,
        null,
        null,
        null,
        current ->
            new FaultSwitches(
                switches.wrongCredentials(),
                switches.expiredTokens(),
                switches.missingPermissions(),
                switches.rateLimited(),
                switches.retryAfterSeconds(),
                switches.serverError(),
                switches.slowMillis(),
                switches.outage(),
                switches.failNextCalls(),
                current.createEmailAnswer(),
                current.missingDivisions()),
        false);
  }

  private static SandboxEdit queuesOnly(List<Queue> queues) {
    return new SandboxEdit(queues, null, null, null, null, false);
  }

  /** The switches as the page holds them; an empty number is refused by the check as -1. */
  private FaultSwitches switches() {
    return new FaultSwitches(
        wrongCredentials,
        expiredTokens,
        missingPermissions,
        rateLimited,
        number(retryAfterSeconds),
        number(serverError),
        number(slowMillis),
        outage,
        number(failNextCalls),
        null,
        List.of());
  }

  private static int number(Integer value) {
    return value == null ? -1 : value;
  }

  private void show(FaultSwitches faults) {
    wrongCredentials = faults.wrongCredentials();
    expiredTokens = faults.expiredTokens();
    missingPermissions = new ArrayList<>(faults.missingPermissions());
    rateLimited = faults.rateLimited();
    retryAfterSeconds = faults.retryAfterSeconds();
    serverError = faults.serverError();
    slowMillis = faults.slowMillis();
    outage = faults.outage();
    failNextCalls = faults.failNextCalls();
    var choices = new LinkedHashSet<>(Permissions.ALL);
    choices.addAll(faults.missingPermissions());
    permissionChoices = List.copyOf(choices);
  }

  private CreatedEmail created(EmailConversation conversation) {
    var request = conversation.request();
    String queue =
        request.queueId() != null
            ? data.queue(request.queueId()).map(Queue::name).orElse(request.queueId())
            : data.flow(request.flowId()).map(InboundEmailFlow::name).orElse(request.flowId());
    return new CreatedEmail(conversation.id(), conversation.createdAt(), request.subject(), queue);
  }

  /** The label of the field the sandbox named ({@code faults.slowMillis}, {@code queues[2].id}). */
  private static String fieldLabel(String field) {
    try {
      return Messages.text("sandbox." + field.replaceAll("\\[.*$", ""));
    } catch (MissingResourceException unnamed) {
      return field;
    }
  }

  public List<Integer> getServerErrors() {
    return List.of(0, 500, 502, 503, 504);
  }

  public List<String> getPermissionChoices() {
    return permissionChoices;
  }

  private SandboxData data() {
    if (data == null) {
      data = sandbox.state().data();
    }
    return data;
  }

  public List<Queue> getQueues() {
    return data().queues();
  }

  public List<Skill> getSkills() {
    return data().skills();
  }

  public List<Language> getLanguages() {
    return data().languages();
  }

  public List<InboundEmailFlow> getFlows() {
    return data().flows();
  }

  public List<CreatedEmail> getEmails() {
    return emails;
  }

  public boolean isWrongCredentials() {
    return wrongCredentials;
  }

  public void setWrongCredentials(boolean wrongCredentials) {
    this.wrongCredentials = wrongCredentials;
  }

  public boolean isExpiredTokens() {
    return expiredTokens;
  }

  public void setExpiredTokens(boolean expiredTokens) {
    this.expiredTokens = expiredTokens;
  }

  public List<String> getMissingPermissions() {
    return missingPermissions;
  }

  public void setMissingPermissions(List<String> missingPermissions) {
    this.missingPermissions =
        missingPermissions == null ? new ArrayList<>() : new ArrayList<>(missingPermissions);
  }

  public boolean isRateLimited() {
    return rateLimited;
  }

  public void setRateLimited(boolean rateLimited) {
    this.rateLimited = rateLimited;
  }

  public Integer getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  public void setRetryAfterSeconds(Integer retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Integer getServerError() {
    return serverError;
  }

  public void setServerError(Integer serverError) {
    this.serverError = serverError;
  }

  public Integer getSlowMillis() {
    return slowMillis;
  }

  public void setSlowMillis(Integer slowMillis) {
    this.slowMillis = slowMillis;
  }

  public boolean isOutage() {
    return outage;
  }

  public void setOutage(boolean outage) {
    this.outage = outage;
  }

  public Integer getFailNextCalls() {
    return failNextCalls;
  }

  public void setFailNextCalls(Integer failNextCalls) {
    this.failNextCalls = failNextCalls;
  }

  public String getRenamedQueueId() {
    return renamedQueueId;
  }

  public void setRenamedQueueId(String renamedQueueId) {
    this.renamedQueueId = renamedQueueId;
  }

  public String getNewQueueName() {
    return newQueueName;
  }

  public void setNewQueueName(String newQueueName) {
    this.newQueueName = newQueueName;
  }
}

package app.emailrouting.sandbox.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.problems.control.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What an admin does to the sandbox, through the API or the console: change it or reset it, each
 * recorded in the audit log in the same transaction. A bad value changes nothing and records
 * nothing; a switched-off sandbox is refused as not found.
 */
@ApplicationScoped
@Transactional
public class SandboxEdits {

  public static final String CHANGED = "Sandbox changed";
  public static final String RESET = "Sandbox reset";

  @Inject Sandbox sandbox;
  @Inject AuditLog audit;

  /** Applies the change entirely or, when a value is bad, not at all. */
  public SandboxState change(SandboxEdit changes) {
    requireEnabled();
    var changed = sandbox.update(changes);
    record(CHANGED);
    return changed;
  }

  /** Back to the seed organization, every fault off and no created emails. */
  public SandboxState reset() {
    requireEnabled();
    var reset = sandbox.reset();
    record(RESET);
    return reset;
  }

  private void record(String summary) {
    audit.record(
        AuditAction.SANDBOX_CHANGED, AuditTarget.setting(AuditTarget.SANDBOX), summary, null);
  }

  private void requireEnabled() {
    if (!sandbox.isEnabled()) {
      throw new Refusal.NotFound("sandbox.off");
    }
  }
}

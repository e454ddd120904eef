package app.emailrouting.webhooks.control;

import app.emailrouting.audit.control.AuditLog;
import app.emailrouting.audit.control.Callers;
import app.emailrouting.audit.entity.AuditAction;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** What the service itself does to a subscription, in the audit log. */
@ApplicationScoped
public class WebhookAudit {

  @Inject AuditLog audit;

  /** The endpoint failed for too long and was disabled. */
  public void disabled(WebhookSubscription subscription) {
    audit.recordAs(
        Callers.SERVICE,
        AuditAction.WEBHOOK_DISABLED,
        AuditTarget.webhook(subscription.id()),
        subscription.disabledReason() + ": " + subscription.url(),
        Map.of("url", subscription.url(), "failingSince", subscription.failingSince().toString()));
  }
}

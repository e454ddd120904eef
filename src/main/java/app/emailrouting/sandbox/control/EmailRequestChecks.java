package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.EmailRequest;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;

/**
 * Checks a create-email request against the organization's routing options, in Genesys Cloud's
 * order: provider, queue-or-flow, queue, flow, skills, language. The first problem is answered. A
 * blank id counts as absent.
 */
final class EmailRequestChecks {

  static final String RESERVED_PROVIDER = "PureCloud Email";

  private EmailRequestChecks() {}

  static void check(EmailRequest request, SandboxData data) {
    checkProvider(request.provider());
    checkTarget(request, data);
    request.skillIds().forEach(skillId -> checkSkill(skillId, data));
    if (isGiven(request.languageId())) {
      checkLanguage(request.languageId(), data);
    }
  }

  private static void checkProvider(String provider) {
    if (!isGiven(provider)) {
      throw PlatformErrors.providerRequired();
    }
    if (RESERVED_PROVIDER.equalsIgnoreCase(provider.strip())) {
      throw PlatformErrors.reservedProvider(provider);
    }
  }

  private static void checkTarget(EmailRequest request, SandboxData data) {
    if (isGiven(request.queueId()) == isGiven(request.flowId())) {
      throw PlatformErrors.queueOrFlow();
    }
    if (isGiven(request.queueId()) && data.queue(request.queueId()).isEmpty()) {
      throw PlatformErrors.invalidQueue(request.queueId());
    }
    if (isGiven(request.flowId()) && !canRouteThroughFlow(request.flowId(), data)) {
      throw PlatformErrors.invalidFlow(request.flowId());
    }
  }

  private static boolean canRouteThroughFlow(String flowId, SandboxData data) {
    return data.flow(flowId).filter(InboundEmailFlow::canRoute).isPresent();
  }

  private static void checkSkill(String skillId, SandboxData data) {
    if (skillId == null || data.skill(skillId).filter(Skill::canRoute).isEmpty()) {
      throw PlatformErrors.invalidValue("skillIds", String.valueOf(skillId));
    }
  }

  private static void checkLanguage(String languageId, SandboxData data) {
    if (data.language(languageId).filter(Language::canRoute).isEmpty()) {
      throw PlatformErrors.invalidValue("languageId", languageId);
    }
  }

  private static boolean isGiven(String value) {
    return value != null && !value.isBlank();
  }
}

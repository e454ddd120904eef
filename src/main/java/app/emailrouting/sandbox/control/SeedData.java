package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.FlowVersion;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import java.util.List;

/**
 * The organization the sandbox starts with, and returns to on reset. The ids are fixed so that the
 * docs and the tests can name them.
 */
public final class SeedData {

  public static final String ORGANIZATION_ID = "6863e43e-4002-4154-9b95-9be9d9263ec2";
  public static final String ORGANIZATION_NAME = "Sandbox Org";
  public static final String OAUTH_CLIENT_NAME = "Sandbox OAuth client";
  public static final String ROLE_ID = "5aa21582-13f8-4d16-9b8f-7991b3e1df6d";
  public static final String HOME_DIVISION_ID = "6e6961bb-f8e7-4bfe-b760-b0c72b793eaa";

  public static final String SUPPORT_QUEUE_ID = "142e8c57-4924-4f80-a5ac-cc7c198aa566";
  public static final String BILLING_QUEUE_ID = "8888748a-4b92-45a0-b18f-6a39d2e356a9";
  public static final String SALES_QUEUE_ID = "481deb14-a17f-4a51-860a-9a883874eac2";
  public static final String RETURNS_QUEUE_ID = "080531c6-d62e-4a82-bf71-e47a0d8772ed";
  public static final String VIP_SUPPORT_QUEUE_ID = "a653f008-5a12-4350-8d79-5c22af56065f";
  public static final String TECHNICAL_SUPPORT_QUEUE_ID = "2063e151-b54f-4bb6-a63c-8a183a2da126";

  public static final String BILLING_DISPUTES_SKILL_ID = "3c5af124-e09f-4075-b1f6-7c118d8027b1";
  public static final String REFUNDS_SKILL_ID = "c178b6bb-578b-4af2-8aea-9bb6bd3b0654";
  public static final String TROUBLESHOOTING_SKILL_ID = "91152dcb-ae72-491d-bc22-f6a673ca64f7";
  public static final String ORDER_TRACKING_SKILL_ID = "eefaee31-e268-428c-a9e5-8c2163755b2a";
  public static final String KEY_ACCOUNTS_SKILL_ID = "491b6adf-3eba-4934-94db-881f319a5815";
  public static final String ESCALATIONS_SKILL_ID = "73c28193-8f24-4986-a366-0b416ef73195";

  public static final String ENGLISH_LANGUAGE_ID = "dbeb821e-80f6-4772-a775-3675046e7d7b";
  public static final String FRENCH_LANGUAGE_ID = "714b771a-825e-4447-a3f3-ad07b25d85f8";
  public static final String GERMAN_LANGUAGE_ID = "c5928dd8-e05e-4b47-83fd-08790f79712a";
  public static final String SPANISH_LANGUAGE_ID = "d6f8a415-4222-457c-9292-f0a359ff6c15";
  public static final String DUTCH_LANGUAGE_ID = "036600f7-6a61-4bed-b8f3-3f987c87b066";

  public static final String EMAIL_TRIAGE_FLOW_ID = "ca26639c-1edc-42e6-a257-3e0148b56cb6";
  public static final String BILLING_EMAIL_FLOW_ID = "27c49566-5b8b-4bbb-abfa-4adf3425288a";
  public static final String AFTER_HOURS_FLOW_ID = "ee976129-44f7-4fd5-93ec-a3f014c252f1";

  private SeedData() {}

  public static SandboxData data() {
    return new SandboxData(queues(), skills(), languages(), flows());
  }

  private static List<Queue> queues() {
    return List.of(
        new Queue(SUPPORT_QUEUE_ID, "Support", null),
        new Queue(BILLING_QUEUE_ID, "Billing", null),
        new Queue(SALES_QUEUE_ID, "Sales", null),
        new Queue(RETURNS_QUEUE_ID, "Returns", null),
        new Queue(VIP_SUPPORT_QUEUE_ID, "VIP Support", null),
        new Queue(TECHNICAL_SUPPORT_QUEUE_ID, "Technical Support", null));
  }

  private static List<Skill> skills() {
    return List.of(
        new Skill(BILLING_DISPUTES_SKILL_ID, "Billing Disputes", "active"),
        new Skill(REFUNDS_SKILL_ID, "Refunds", "active"),
        new Skill(TROUBLESHOOTING_SKILL_ID, "Troubleshooting", "active"),
        new Skill(ORDER_TRACKING_SKILL_ID, "Order Tracking", "active"),
        new Skill(KEY_ACCOUNTS_SKILL_ID, "Key Accounts", "active"),
        new Skill(ESCALATIONS_SKILL_ID, "Escalations", "active"));
  }

  private static List<Language> languages() {
    return List.of(
        new Language(ENGLISH_LANGUAGE_ID, "English", "active"),
        new Language(FRENCH_LANGUAGE_ID, "French", "active"),
        new Language(GERMAN_LANGUAGE_ID, "German", "active"),
        new Language(SPANISH_LANGUAGE_ID, "Spanish", "active"),
        new Language(DUTCH_LANGUAGE_ID, "Dutch", "active"));
  }

  private static List<InboundEmailFlow> flows() {
    return List.of(
        flow(EMAIL_TRIAGE_FLOW_ID, "Inbound Email Triage", "3.0"),
        flow(BILLING_EMAIL_FLOW_ID, "Billing Email Flow", "2.0"),
        flow(AFTER_HOURS_FLOW_ID, "After Hours Email", "1.0"));
  }

  private static InboundEmailFlow flow(String id, String name, String version) {
    return new InboundEmailFlow(id, name, true, false, new FlowVersion(version, version));
  }
}

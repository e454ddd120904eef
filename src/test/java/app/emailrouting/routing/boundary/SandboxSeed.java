package app.emailrouting.routing.boundary;

import app.emailrouting.sandbox.control.SeedData;

/** Ids of the sandbox's seed data that the routing tests route to. */
final class SandboxSeed {

  static final String SUPPORT_QUEUE = SeedData.SUPPORT_QUEUE_ID;
  static final String EMAIL_FLOW = SeedData.EMAIL_TRIAGE_FLOW_ID;

  private SandboxSeed() {}
}

package app.emailrouting.sandbox.entity;

import java.util.List;

/**
 * The OAuth role permissions the simulated endpoints require, named as Genesys Cloud names them.
 */
public final class Permissions {

  public static final String CREATE_EMAIL = "conversation:email:create";
  public static final String VIEW_QUEUES = "routing:queue:view";
  public static final String VIEW_FLOWS = "architect:flow:view";

  /** Every permission the service uses, as the sandbox's missing permissions offer them. */
  public static final List<String> ALL = List.of(CREATE_EMAIL, VIEW_QUEUES, VIEW_FLOWS);

  private Permissions() {}
}

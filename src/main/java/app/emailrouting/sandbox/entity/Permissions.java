package app.emailrouting.sandbox.entity;

/**
 * The OAuth role permissions the simulated endpoints require, named as Genesys Cloud names them.
 */
public final class Permissions {

  public static final String CREATE_EMAIL = "conversation:email:create";
  public static final String VIEW_QUEUES = "routing:queue:view";
  public static final String VIEW_FLOWS = "architect:flow:view";

  private Permissions() {}
}

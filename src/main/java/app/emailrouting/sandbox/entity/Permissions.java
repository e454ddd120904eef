package app.emailrouting.sandbox.entity;

import app.emailrouting.genesys.control.GenesysPermission;
import java.util.Arrays;
import java.util.List;

/**
 * The OAuth role permissions the simulated endpoints require, named as Genesys Cloud names them:
 * the service's own table ({@link GenesysPermission}), so that the sandbox asks for what Genesys
 * asks for. Listing languages needs none.
 */
public final class Permissions {

  public static final String CREATE_EMAIL = GenesysPermission.CREATE_EMAIL.permission();
  public static final String VIEW_QUEUES = GenesysPermission.VIEW_QUEUES.permission();
  public static final String VIEW_SKILLS = GenesysPermission.VIEW_SKILLS.permission();
  public static final String VIEW_FLOWS = GenesysPermission.VIEW_FLOWS.permission();

  /** Every permission the service uses, as the sandbox's missing permissions offer them. */
  public static final List<String> ALL =
      Arrays.stream(GenesysPermission.values()).map(GenesysPermission::permission).toList();

  private Permissions() {}
}

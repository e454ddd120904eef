package app.emailrouting.genesys.control;

/**
 * The permissions the service needs on the OAuth client's role (genesys-cloud-api.md, sections 1
 * and 4): the one table the listings, the connection test and the failure texts read.
 */
public enum GenesysPermission {
  CREATE_EMAIL("conversation:email:create"),
  VIEW_QUEUES("routing:queue:view"),
  VIEW_FLOWS("architect:flow:view"),
  /** Needed to list skills since May 2026; the seed's role had {@code routing:skill:manage}. */
  VIEW_SKILLS("routing:skill:view");

  private final String permission;

  GenesysPermission(String permission) {
    this.permission = permission;
  }

  /** The name Genesys gives it, as the admin adds it to the role. */
  public String permission() {
    return permission;
  }

  /** Whether Genesys named this permission in a refusal (its message or its parameters). */
  boolean namedIn(GenesysApiException refusal) {
    return String.valueOf(refusal.getMessage()).contains(permission)
        || refusal.messageParams().values().stream().anyMatch(v -> v.contains(permission));
  }
}

package app.emailrouting.access;

/**
 * What a caller may do: {@code intake} creates and reads routing requests, {@code viewer} reads
 * everything, {@code admin} does everything. Console users are admins or viewers.
 */
public enum Role {
  ADMIN,
  VIEWER,
  INTAKE;

  /** The role names resource methods allow, as the container knows them. */
  public static final String ADMIN_NAME = "admin";

  public static final String VIEWER_NAME = "viewer";
  public static final String INTAKE_NAME = "intake";

  public String roleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isUserRole() {
    return this != INTAKE;
  }
}

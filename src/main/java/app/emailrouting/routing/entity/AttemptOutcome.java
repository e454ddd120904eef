package app.emailrouting.routing.entity;

/** What one routing attempt led to. */
public enum AttemptOutcome {
  ROUTED,
  /** Failed for a transient cause; another attempt is scheduled. */
  RETRY,
  FAILED
}

package app.emailrouting.routing.entity;

/** What one routing attempt led to. */
public enum AttemptOutcome {
  ROUTED,
  /** Failed for a transient cause; another attempt is scheduled. */
  RETRY,
  /**
   * The call went out but its answer never came (timeout, 500, 504, a lease that expired): the
   * email may have been created. Sent again after a delay, which may duplicate it.
   */
  UNKNOWN,
  FAILED
}

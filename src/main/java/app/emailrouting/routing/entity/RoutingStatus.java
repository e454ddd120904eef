package app.emailrouting.routing.entity;

/** Where a routing request stands. */
public enum RoutingStatus {
  /** Waiting for a routing attempt, including a scheduled retry. */
  PENDING,
  /** A routing attempt is in flight. */
  ROUTING,
  /** Genesys Cloud created the email conversation. */
  ROUTED,
  /** Waits for an admin: only a reroute sends it again. */
  FAILED
}

package app.emailrouting.routing.entity;

/** Why a routing request failed, one value per thing an admin fixes. */
public enum FailureReason {
  BAD_CREDENTIALS,
  MISSING_PERMISSIONS,
  INVALID_ROUTING_OPTIONS,
  INVALID_FLOW,
  RATE_LIMITED,
  GENESYS_UNAVAILABLE,
  REJECTED
}

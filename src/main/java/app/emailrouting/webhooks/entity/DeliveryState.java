package app.emailrouting.webhooks.entity;

/** Where a delivery stands. */
public enum DeliveryState {
  /** Not delivered yet: waiting for its first or next attempt. */
  PENDING,
  /** The endpoint answered 2xx. */
  DELIVERED,
  /** Every retry failed, or its subscription was disabled or deleted: not sent again by itself. */
  FAILED
}

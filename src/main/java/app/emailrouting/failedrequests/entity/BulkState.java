package app.emailrouting.failedrequests.entity;

/** Where a bulk operation is: under way, done to the end, or cancelled by an admin. */
public enum BulkState {
  RUNNING,
  DONE,
  CANCELLED
}

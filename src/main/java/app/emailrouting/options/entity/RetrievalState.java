package app.emailrouting.options.entity;

/** Where the last Retrieve Options stands. {@code NONE}: options were never retrieved. */
public enum RetrievalState {
  NONE,
  RUNNING,
  SUCCEEDED,
  FAILED
}

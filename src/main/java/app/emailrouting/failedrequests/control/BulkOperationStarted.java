package app.emailrouting.failedrequests.control;

/** A bulk operation was started (API or console): observed once committed, to start work on it. */
public record BulkOperationStarted(long id) {}

package app.emailrouting.sandbox.entity;

/** A routing queue of the simulated organization. Deleting it from the sandbox makes it unknown. */
public record Queue(String id, String name) {}

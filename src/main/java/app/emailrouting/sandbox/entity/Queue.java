package app.emailrouting.sandbox.entity;

/**
 * A routing queue of the simulated organization, in a division (null: the home division). Deleting
 * it from the sandbox makes it unknown.
 */
public record Queue(String id, String name, String division) {}

package app.emailrouting.options.control;

import java.time.Instant;

/**
 * Retrieve Options stored a new set: observed once committed, so that requests failed on ids the
 * options have again can be rerouted when an admin asked for it.
 */
public record OptionsRetrieved(Instant at) {}

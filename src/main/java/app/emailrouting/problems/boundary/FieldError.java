package app.emailrouting.problems.boundary;

/** One invalid input: which field (a JSON path or query parameter) and what is wrong with it. */
public record FieldError(String field, String message) {}

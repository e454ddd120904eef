/**
 * How the REST API answers what went wrong: every error under {@code /api} is an RFC 9457 problem
 * ({@code application/problem+json}) with a correlation id that is also in the server log, never a
 * stack trace, and never a 500 for bad input.
 *
 * <p>One exception mapper per family: validation, malformed JSON, JAX-RS' own HTTP errors, and
 * everything unexpected (a 503 when the database cannot be reached, else a 500).
 */
package app.emailrouting.problems;

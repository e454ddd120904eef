/**
 * The built-in Genesys Cloud sandbox: a simulator of the Genesys Cloud calls this product makes,
 * served by the same WAR under {@code /sandbox}, so that a newcomer can try routing, and every
 * failure cause, without a Genesys organization. The gateway calls it over real HTTP exactly as it
 * calls Genesys Cloud, with {@code /sandbox} as both its login and its API base URL.
 *
 * <p>Key decisions:
 *
 * <ul>
 *   <li>Genesys Cloud's wire shapes are written and read with JSON-P, field by field, so that
 *       names, absent members and error bodies are exactly Genesys' whatever JSON-B provider is
 *       present. Every simulator answer carries {@code ININ-Correlation-Id}, repeated as {@code
 *       contextId} in error bodies.
 *   <li>The simulator is its own JAX-RS application ({@code SandboxApplication}) that lists its
 *       classes, so it has its own error mappers and none of the {@code /api} problem answers. The
 *       admin API ({@code SandboxResource}, {@code /api/sandbox}) belongs to the main application
 *       and answers problems like the rest of it.
 *   <li>All state is in memory in one application-scoped bean, {@code Sandbox}: an immutable
 *       snapshot of routing options swapped on edit, fault switches read and counted under one
 *       lock, issued tokens (kept as hashes only), the last 1,000 created emails.
 *   <li>Checks run in Genesys Cloud's order: faults (outage, rate limit, server error), token,
 *       permission, body size (512,000 bytes), JSON syntax, provider, queue-or-flow, queue, flow,
 *       skills, language; the first failure is answered.
 *   <li>Rate-limit and server-error faults apply to Platform API calls only, not to token requests,
 *       so that "429 then success" scripts the API call the gateway retries; an outage and a delay
 *       apply to both.
 *   <li>{@code sandbox.enabled=false} makes every sandbox endpoint, simulator and admin, a 404.
 * </ul>
 */
package app.emailrouting.sandbox;

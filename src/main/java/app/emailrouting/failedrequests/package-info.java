/**
 * Fixing failed routing requests at scale: failure groups (what failed, why, and the fix for each
 * cause) and bulk operations (reroute or delete every failed request a filter matches).
 *
 * <p>A bulk operation is a row in the database, worked on in chunks by whichever instance holds its
 * lease, so it survives a restart and never holds the list of its requests in memory: it walks the
 * failed requests in id order up to the highest id matched when it started, remembering the last id
 * done. A reroute is paced so that no more requests wait for routing than Genesys Cloud takes in a
 * minute ({@code genesys.rate-limit.per-minute}). Cancelling takes effect between two chunks,
 * within a second.
 */
package app.emailrouting.failedrequests;

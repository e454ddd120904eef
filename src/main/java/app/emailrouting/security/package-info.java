/**
 * Who may do what. Console users (roles {@code admin} and {@code viewer}) with PBKDF2 password
 * hashes in the database, and API keys (roles {@code intake}, {@code viewer}, {@code admin}) stored
 * as SHA-256 hashes of 256 random bits, shown once.
 *
 * <p>Which way in a request takes (API, console page, simulator, open) is decided once, by {@code
 * Access}, on the servlet path the container serves, never on the raw URI; whatever is not named
 * open is a console page. A console session's roles are read again on every request, and the
 * session ends when its user's password changes.
 *
 * <p>The REST API authenticates every request from its {@code Authorization} header alone (HTTP
 * Basic with a console user, or {@code Bearer <api key>}) and never from a session cookie, so that
 * no cross-site request can act through it. Every resource method names the roles it allows; {@code
 * RoleCheck} answers 401 without credentials and 403 without the role, as problem+json. A password
 * check costs a tenth of a second on purpose, so an in-memory limit per address, per user name and
 * per instance comes before any hash; behind it, failed logins are counted per user name and client
 * address in the database (shared by every instance), each before its check, and lock that pair out
 * for a while. The client address comes from X-Forwarded-For only through configured proxies.
 */
package app.emailrouting.security;

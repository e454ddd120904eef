/**
 * Who may do what. Console users (roles {@code admin} and {@code viewer}) with PBKDF2 password
 * hashes in the database, and API keys (roles {@code intake}, {@code viewer}, {@code admin}) stored
 * as SHA-256 hashes of 256 random bits, shown once.
 *
 * <p>The REST API authenticates every request from its {@code Authorization} header alone (HTTP
 * Basic with a console user, or {@code Bearer <api key>}) and never from a session cookie, so that
 * no cross-site request can act through it. Every resource method names the roles it allows; {@code
 * RoleCheck} answers 401 without credentials and 403 without the role, as problem+json. Failed
 * logins are counted per user name and client address in the database (shared by every instance)
 * and lock that pair out for a while; each lockout is in the audit log.
 */
package app.emailrouting.security;

/**
 * Connection administration: the Genesys connection an admin sets (region, OAuth client id and
 * secret, optional base URLs), stored with the secret encrypted under {@code SECRET_KEY}, changed
 * and audited the same way from the REST API and the console, and tested on demand. It provides the
 * connection in effect to the Genesys client ({@code genesys}) and tells routing when it changes;
 * it never calls Genesys itself.
 */
package app.emailrouting.connection;

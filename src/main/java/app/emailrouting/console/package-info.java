/**
 * The admin console: Faces 4 pages with PrimeFaces, in English and French. Backing beans are thin
 * boundaries over the same control classes as the REST API (no logic twice); every change is a POST
 * (protected by the Faces view state and a SameSite=Strict session cookie) followed by a redirect.
 * Viewers see no control that changes anything, and the beans refuse such actions anyway.
 */
package app.emailrouting.console;

/**
 * The audit log: who (a console user, an API key or the service itself) did what to which routing
 * request or setting, and when. Every reroute, edit (with the values before and after), delete
 * (with a full copy of what was deleted), bulk operation, connection or routing options change is
 * recorded in the same transaction as the change itself, so the log never misses one that happened
 * nor shows one that did not. Events are never changed once written.
 */
package app.emailrouting.audit;

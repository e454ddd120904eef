/**
 * Who may call what: the roles every boundary names in {@code @RolesAllowed}. A leaf that depends
 * on nothing, so that the packages it serves (the audit log's own resource among them) need not
 * depend on {@code security}, which records its changes in the audit log.
 */
package app.emailrouting.access;

/**
 * Retrieve Options: copies the Genesys organization's queues, skills, languages and inbound email
 * flows into this service, so that CRM picklists and the console pick from them, and warns where a
 * list passes the incumbent CRM's picklist limits or holds inactive or deleted entries.
 *
 * <p>A retrieval runs in the background (four paged listings can outlast a request), one at a time
 * across instances (the retrieval row is locked to start one). It reads every list first, outside
 * any transaction, then replaces the stored set in one transaction: readers never see half a set,
 * and a failed retrieval keeps the previous set and records Genesys' answer (e.g. the missing
 * permission). Genesys types stay in {@code genesys}: its gateway hands back {@code
 * RoutingOption}s.
 */
package app.emailrouting.options;

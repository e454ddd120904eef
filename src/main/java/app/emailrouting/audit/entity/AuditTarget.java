package app.emailrouting.audit.entity;

import java.util.List;

/** What an audit event is about: a routing request, a bulk operation, a setting. */
public record AuditTarget(String type, String id) {

  public static final String ROUTING_REQUEST = "routing-request";
  public static final String BULK_OPERATION = "bulk-operation";
  public static final String GENESYS_CONNECTION = "genesys-connection";
  public static final String ROUTING_OPTIONS = "routing-options";
  public static final String ROUTING_PIPELINE = "routing-pipeline";
  public static final String SANDBOX = "sandbox";
  public static final String USER = "user";
  public static final String API_KEY = "api-key";
  public static final String AUTO_REROUTE = "auto-reroute";
  public static final String WEBHOOK = "webhook";

  /** Every type of target, as the console offers them to filter on. */
  public static final List<String> TYPES =
      List.of(
          ROUTING_REQUEST,
          BULK_OPERATION,
          GENESYS_CONNECTION,
          ROUTING_OPTIONS,
          ROUTING_PIPELINE,
          SANDBOX,
          USER,
          API_KEY,
          AUTO_REROUTE,
          WEBHOOK);

  public static AuditTarget routingRequest(long id) {
    return new AuditTarget(ROUTING_REQUEST, String.valueOf(id));
  }

  public static AuditTarget bulkOperation(long id) {
    return new AuditTarget(BULK_OPERATION, String.valueOf(id));
  }

  public static AuditTarget user(String name) {
    return new AuditTarget(USER, name);
  }

  public static AuditTarget apiKey(long id) {
    return new AuditTarget(API_KEY, String.valueOf(id));
  }

  public static AuditTarget webhook(long id) {
    return new AuditTarget(WEBHOOK, String.valueOf(id));
  }

  /** The automatic reroute of one failure reason. */
  public static AuditTarget autoReroute(String reason) {
    return new AuditTarget(AUTO_REROUTE, reason);
  }

  /** A setting of which there is only one. */
  public static AuditTarget setting(String type) {
    return new AuditTarget(type, null);
  }
}

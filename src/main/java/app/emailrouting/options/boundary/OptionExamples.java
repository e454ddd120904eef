package app.emailrouting.options.boundary;

/** Example bodies shown in the OpenAPI document. */
final class OptionExamples {

  private OptionExamples() {}

  static final String RUNNING =
      """
      {"state": "RUNNING", "startedAt": "2026-11-27T15:02:11.123456Z", "finishedAt": null,
       "progress": {"pages": 2, "options": 200}, "error": null,
       "retrievedAt": "2026-11-26T09:00:00.000001Z",
       "counts": {"QUEUE": 6, "SKILL": 6, "LANGUAGE": 5, "INBOUND_EMAIL_FLOW": 3},
       "warnings": []}
      """;

  static final String FAILED =
      """
      {"state": "FAILED", "startedAt": "2026-11-27T15:02:11.123456Z",
       "finishedAt": "2026-11-27T15:02:12.000001Z", "progress": {"pages": 3, "options": 17},
       "error": "Genesys Cloud answered 403 missing.permissions to GET /api/v2/flows?type=inboundemail: Unable to perform the requested action. You are missing the following permission(s): architect:flow:view Missing permission: architect:flow:view.",
       "retrievedAt": "2026-11-26T09:00:00.000001Z",
       "counts": {"QUEUE": 6, "SKILL": 6, "LANGUAGE": 5, "INBOUND_EMAIL_FLOW": 3},
       "warnings": []}
      """;

  static final String OPTIONS =
      """
      {"retrievedAt": "2026-11-27T15:02:12.000001Z",
       "warnings": [{"code": "INACTIVE_OPTIONS", "type": "SKILL", "count": 1,
         "message": "1 of the skills is inactive: a routing request naming one fails in Genesys Cloud."}],
       "items": [
         {"type": "QUEUE", "id": "142e8c57-4924-4f80-a5ac-cc7c198aa566", "name": "Support",
          "state": null, "active": true, "deleted": false},
         {"type": "SKILL", "id": "91152dcb-ae72-491d-bc22-f6a673ca64f7", "name": "Refunds",
          "state": "inactive", "active": false, "deleted": false}]}
      """;

  static final String CONFLICT =
      """
      {"type": "/problems/conflict", "title": "Conflict", "status": 409,
       "detail": "Retrieve Options is running already (started 2026-11-27T15:02:11.123456Z).",
       "correlationId": "1b7f0a8e-2c1d-4c43-9a0e-3f1f2a6b9c55"}
      """;

  static final String INVALID_TYPE =
      """
      {"type": "/problems/invalid-request", "title": "Bad Request", "status": 400,
       "detail": "The request has 1 invalid value(s).",
       "correlationId": "1b7f0a8e-2c1d-4c43-9a0e-3f1f2a6b9c55",
       "errors": [{"field": "type", "message": "must be QUEUE, SKILL, LANGUAGE or INBOUND_EMAIL_FLOW"}]}
      """;
}

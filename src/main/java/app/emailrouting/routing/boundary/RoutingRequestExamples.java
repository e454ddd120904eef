package app.emailrouting.routing.boundary;

/** Example bodies shown in the OpenAPI document. */
final class RoutingRequestExamples {

  private RoutingRequestExamples() {}

  static final String INPUT =
      """
      {
        "externalId": "02s5g00000AbCdEAAZ",
        "queueId": "7b4c3c47-5c3a-4d2e-9a55-0d3e2c9f7a10",
        "skillIds": ["a0c2f0e4-64f5-4a8b-a2a7-3a5c2d7c1b20"],
        "languageId": "5f1b8a2c-91d4-4c55-8f0e-6b2d3c4a5e60",
        "priority": 5,
        "screenPopId": "5005g00000XyZaBAAV",
        "attributes": {"Case Number": "00001234"},
        "subject": "Invoice 1042 is wrong",
        "fromAddress": "jane.doe@example.com",
        "fromName": "Jane Doe",
        "toAddress": "support@example.com",
        "toName": "Acme Support"
      }
      """;

  static final String ACCEPTED =
      """
      {
        "id": 101, "externalId": "02s5g00000AbCdEAAZ", "status": "PENDING",
        "failureReason": null, "failedAttempts": 0,
        "queueId": "7b4c3c47-5c3a-4d2e-9a55-0d3e2c9f7a10", "flowId": null,
        "provider": "Salesforce", "conversationId": null, "apiResponse": null,
        "createdAt": "2026-11-27T15:02:11.123456Z", "version": 1
      }
      """;

  static final String DETAIL =
      """
      {
        "id": 102, "externalId": "02s5g00000AbCdFAAZ", "status": "FAILED",
        "failureReason": "INVALID_FLOW", "failedAttempts": 1,
        "queueId": null, "flowId": null,
        "apiResponse": {
          "httpStatus": null, "code": "queue.or.flow.required",
          "message": "Not sent to Genesys Cloud: neither queueId nor flowId was given. ...",
          "at": "2026-11-27T15:03:00.000001Z"
        },
        "attempts": [{"number": 1, "outcome": "FAILED", "failureReason": "INVALID_FLOW",
                      "durationMs": 0, "apiResponse": {"code": "queue.or.flow.required"}}],
        "version": 1
      }
      """;

  static final String PAGE =
      """
      {"items": [{"id": 102, "externalId": "02s5g00000AbCdFAAZ", "status": "FAILED"}],
       "nextCursor": "MTc2NDI1NTc4MDAwMDAwMToxMDI"}
      """;

  static final String SUMMARY =
      """
      {"total": 3,
       "byStatus": {"PENDING": 1, "ROUTING": 0, "ROUTED": 1, "FAILED": 1},
       "failedByReason": {"BAD_CREDENTIALS": 0, "MISSING_PERMISSIONS": 0,
         "INVALID_ROUTING_OPTIONS": 0, "INVALID_FLOW": 1, "RATE_LIMITED": 0,
         "GENESYS_UNAVAILABLE": 0, "REJECTED": 0}}
      """;

  static final String INVALID =
      """
      {"type": "/problems/invalid-request", "title": "Bad Request", "status": 400,
       "detail": "The request has 1 invalid value(s); nothing was stored.",
       "correlationId": "1b7f0a8e-2c1d-4c43-9a0e-3f1f2a6b9c55",
       "errors": [{"field": "externalId", "message": "must not be null"}]}
      """;
}

package app.emailrouting.routing.entity;

import java.util.Optional;

/**
 * Where Genesys Cloud routes the email: exactly one of a queue or an inbound email flow. Anything
 * else is what the CRM flow got wrong, described so the admin knows what to fix.
 */
record RoutingTarget(String queueId, String flowId) {

  Optional<ApiProblem> problem() {
    if (queueId == null && flowId == null) {
      return Optional.of(
          new ApiProblem(
              "queue.or.flow.required",
              "Not sent to Genesys Cloud: neither queueId nor flowId was given. The CRM flow that"
                  + " builds routing requests must set exactly one of them (often it cannot read"
                  + " the queue or flow records). Set a queue or an inbound email flow, then"
                  + " reroute."));
    }
    if (queueId != null && flowId != null) {
      return Optional.of(
          new ApiProblem(
              "queue.and.flow.both.given",
              "Not sent to Genesys Cloud: both queueId and flowId were given, Genesys Cloud takes"
                  + " exactly one of them. Keep the queue or the inbound email flow, then"
                  + " reroute."));
    }
    return Optional.empty();
  }

  record ApiProblem(String code, String message) {}
}

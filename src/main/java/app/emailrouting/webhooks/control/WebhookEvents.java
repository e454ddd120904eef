package app.emailrouting.webhooks.control;

import app.emailrouting.routing.control.RoutingPipelineChanged;
import app.emailrouting.routing.control.RoutingRequestSettled;
import app.emailrouting.routing.entity.FailureReason;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import app.emailrouting.webhooks.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns what happens to routing into webhook events, in the transaction that records it: a request
 * routed (with its Genesys conversation id, for the CRM to keep on the Case) or failed (its reason,
 * API response and console link), the pipeline paused or resumed, a failure group grown past a
 * threshold (10, 20, 40... failed requests of one reason and Genesys code).
 */
@ApplicationScoped
public class WebhookEvents {

  @PersistenceContext EntityManager em;
  @Inject WebhookOutbox outbox;

  @Inject
  @ConfigProperty(name = "service.url", defaultValue = "http://localhost:8080/")
  String serviceUrl;

  @Inject
  @ConfigProperty(name = "webhooks.failure-group-threshold", defaultValue = "10")
  long groupThreshold;

  void settled(@Observes RoutingRequestSettled settled) {
    var request = settled.request();
    if (request.status() == RoutingStatus.ROUTED) {
      outbox.publish(
          WebhookEvent.ROUTING_REQUEST_ROUTED,
          key(request),
          request(request).add("conversationId", request.conversationId()).build(),
          "Routing request "
              + request.externalId()
              + " routed to Genesys Cloud: conversation "
              + request.conversationId()
              + ".");
    } else if (request.isFailed()) {
      failed(request);
    }
  }

  private void failed(RoutingRequest request) {
    var response = request.apiResponse();
    var api = Json.createObjectBuilder();
    String summary = "";
    if (response != null) {
      addNullable(api, "httpStatus", response.httpStatus());
      addNullable(api, "code", response.code());
      addNullable(api, "message", response.message());
      addNullable(api, "correlationId", response.correlationId());
      summary =
          " ("
              + (response.httpStatus() == null ? "" : "HTTP " + response.httpStatus() + " ")
              + String.valueOf(response.code())
              + ": "
              + response.message()
              + ")";
    }
    String link = serviceUrl + "request.xhtml?id=" + request.id();
    outbox.publish(
        WebhookEvent.ROUTING_REQUEST_FAILED,
        key(request),
        request(request)
            .add("failureReason", request.failureReason().name())
            .add("failedAttempts", request.failedAttempts())
            .add("apiResponse", api)
            .add("link", link)
            .build(),
        "Routing request "
            + request.externalId()
            + " failed: "
            + request.failureReason()
            + summary
            + ". "
            + link);
    grew(request.failureReason(), response == null ? null : response.code());
  }

  /** Announces a failure group that has just reached the threshold, or twice its last size. */
  private void grew(FailureReason reason, String code) {
    if (!outbox.anyTakes(WebhookEvent.FAILURE_GROUP_GREW)) {
      return;
    }
    var query =
        em.createQuery(
                "SELECT COUNT(r) FROM RoutingRequest r WHERE r.status = :failed AND r.failureReason"
                    + " = :reason AND "
                    + (code == null ? "r.apiResponse.code IS NULL" : "r.apiResponse.code = :code"),
                Long.class)
            .setParameter("failed", RoutingStatus.FAILED)
            .setParameter("reason", reason);
    if (code != null) {
      query.setParameter("code", code);
    }
    long count = query.getSingleResult();
    if (!announces(count, groupThreshold)) {
      return;
    }
    String link =
        serviceUrl
            + "failed.xhtml?reason="
            + URLEncoder.encode(reason.name(), StandardCharsets.UTF_8);
    var data = Json.createObjectBuilder().add("failureReason", reason.name()).add("count", count);
    addNullable(data, "code", code);
    outbox.publish(
        WebhookEvent.FAILURE_GROUP_GREW,
        "failure-group:" + reason + ":" + code,
        data.add("threshold", groupThreshold).add("link", link).build(),
        count
            + " routing requests have failed as "
            + reason
            + (code == null ? "" : " (" + code + ")")
            + ": "
            + link);
  }

  /** Whether a group of {@code count} is announced: at the threshold, then at twice its size. */
  static boolean announces(long count, long threshold) {
    if (threshold <= 0 || count < threshold || count % threshold != 0) {
      return false;
    }
    long times = count / threshold;
    return (times & (times - 1)) == 0;
  }

  void pipeline(@Observes RoutingPipelineChanged changed) {
    var pipeline = changed.pipeline();
    var data =
        Json.createObjectBuilder()
            .add("state", pipeline.state().name())
            .add("since", String.valueOf(pipeline.since()));
    if (pipeline.isPaused()) {
      data.add("reason", pipeline.reason().name());
      addNullable(data, "detail", pipeline.detail());
      outbox.publish(
          WebhookEvent.ROUTING_PIPELINE_PAUSED,
          "routing-pipeline",
          data.build(),
          "Routing to Genesys Cloud paused: "
              + pipeline.reason()
              + (pipeline.detail() == null ? "" : " (" + pipeline.detail() + ")")
              + ". Requests wait; fix the Genesys connection: "
              + serviceUrl
              + "connection.xhtml");
    } else {
      outbox.publish(
          WebhookEvent.ROUTING_PIPELINE_RESUMED,
          "routing-pipeline",
          data.build(),
          "Routing to Genesys Cloud resumed.");
    }
  }

  private static String key(RoutingRequest request) {
    return "routing-request:" + request.id();
  }

  private JsonObjectBuilder request(RoutingRequest request) {
    var options = request.options();
    var data =
        Json.createObjectBuilder()
            .add("id", request.id())
            .add("externalId", request.externalId())
            .add("status", request.status().name());
    addNullable(data, "queueId", options.queueId());
    addNullable(data, "flowId", options.flowId());
    addNullable(data, "screenPopId", request.email().screenPopId());
    addNullable(data, "subject", request.email().subject());
    return data;
  }

  private static void addNullable(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else if (value instanceof Integer number) {
      json.add(name, number);
    } else {
      json.add(name, value.toString());
    }
  }
}

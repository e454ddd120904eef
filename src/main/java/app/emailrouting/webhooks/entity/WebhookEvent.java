package app.emailrouting.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook subscription may take, by their names in the API and the payload. */
public enum WebhookEvent {
  ROUTING_REQUEST_ROUTED("routing-request.routed"),
  ROUTING_REQUEST_FAILED("routing-request.failed"),
  ROUTING_PIPELINE_PAUSED("routing-pipeline.paused"),
  ROUTING_PIPELINE_RESUMED("routing-pipeline.resumed"),
  FAILURE_GROUP_GREW("failure-group.grew");

  private final String type;

  WebhookEvent(String type) {
    this.type = type;
  }

  /** The name in the API and in the payload's {@code type}. */
  public String type() {
    return type;
  }

  public static Optional<WebhookEvent> of(String type) {
    return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
  }
}

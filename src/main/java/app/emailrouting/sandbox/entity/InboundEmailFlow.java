package app.emailrouting.sandbox.entity;

/**
 * An Architect inbound email flow. Only an active flow that is not deleted can route an email; an
 * inactive or deleted one is answered as an invalid flow id, as an unpublished flow is.
 */
public record InboundEmailFlow(
    String id, String name, Boolean active, Boolean deleted, FlowVersion publishedVersion) {

  public InboundEmailFlow {
    active = active == null || active;
    deleted = deleted != null && deleted;
  }

  public boolean canRoute() {
    return active && !deleted;
  }
}

package app.emailrouting.routing.entity;

/**
 * Routing requests received, routed, and failures (each time a request failed, also after a
 * reroute) in a period.
 */
public record ActivityCounts(long received, long routed, long failed) {

  public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0);

  public ActivityCounts plus(ActivityCounts other) {
    return new ActivityCounts(
        received + other.received, routed + other.routed, failed + other.failed);
  }
}

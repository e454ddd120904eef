package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ActivityCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routing activity per hour or per day. A closed hour (ended more than {@link #LATE} ago, so that
 * an attempt still under way at its end is in) is counted once and kept; only the open hours are
 * counted live, so a chart over 30 days reads 720 kept rows and counts one or two hours, at any
 * number of requests.
 */
@ApplicationScoped
public class RoutingActivity {

  static final Duration LATE = Duration.ofMinutes(5);
  private static final Logger LOG = Logger.getLogger(RoutingActivity.class.getName());

  @Inject RoutingActivityStore store;

  private final Clock clock = Clock.systemUTC();

  /**
   * The activity of [start, end), per day or per hour, the period widened to whole UTC days or
   * hours.
   */
  public ActivitySeries between(Instant start, Instant end, boolean daily) {
    ChronoUnit unit = daily ? ChronoUnit.DAYS : ChronoUnit.HOURS;
    Instant from = start.truncatedTo(unit);
    Instant to = ActivitySeries.ceil(end, unit);
    return daily
        ? new ActivitySeries(from, to, "day", daily(from, to))
        : new ActivitySeries(from, to, "hour", hourly(from, to));
  }

  /** The activity of the last {@code period}, up to now. */
  public ActivitySeries last(Duration period, boolean daily) {
    Instant now = clock.instant();
    return between(now.minus(period), now, daily);
  }

  /** One bucket per UTC hour of [from, to), both on the hour. */
  public List<ActivityBucket> hourly(Instant from, Instant to) {
    Instant closedUntil = hourOf(clock.instant().minus(LATE));
    Instant closedEnd = min(to, closedUntil);
    var counts = new HashMap<Instant, ActivityCounts>();
    if (from.isBefore(closedEnd)) {
      counts.putAll(closedHours(from, closedEnd));
    }
    Instant openStart = max(from, closedUntil);
    if (openStart.isBefore(to)) {
      counts.putAll(store.count(openStart, to));
    }
    var buckets = new ArrayList<ActivityBucket>();
    for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
      buckets.add(ActivityBucket.of(hour, counts.getOrDefault(hour, ActivityCounts.NONE)));
    }
    return buckets;
  }

  /** One bucket per UTC day of [from, to), both at midnight. */
  public List<ActivityBucket> daily(Instant from, Instant to) {
    var days = new LinkedHashMap<Instant, ActivityCounts>();
    for (ActivityBucket hour : hourly(from, to)) {
      days.merge(hour.start().truncatedTo(ChronoUnit.DAYS), hour.counts(), ActivityCounts::plus);
    }
    return days.entrySet().stream()
        .map(day -> ActivityBucket.of(day.getKey(), day.getValue()))
        .toList();
  }

  private Map<Instant, ActivityCounts> closedHours(Instant from, Instant to) {
    Map<Instant, ActivityCounts> kept = new HashMap<>(store.kept(from, to));
    List<Instant> missing = new ArrayList<>();
    for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
      if (!kept.containsKey(hour)) {
        missing.add(hour);
      }
    }
    if (missing.isEmpty()) {
      return kept;
    }
    var counted =
        store.count(missing.get(0), missing.get(missing.size() - 1).plus(1, ChronoUnit.HOURS));
    var fresh = new HashMap<Instant, ActivityCounts>();
    missing.forEach(hour -> fresh.put(hour, counted.getOrDefault(hour, ActivityCounts.NONE)));
    keep(fresh);
    kept.putAll(fresh);
    return kept;
  }

  private void keep(Map<Instant, ActivityCounts> hours) {
    try {
      store.keep(hours);
    } catch (RuntimeException keptMeanwhile) {
      LOG.log(Level.FINE, "Hours kept meanwhile by another reader", keptMeanwhile);
    }
  }

  static Instant hourOf(Instant at) {
    return at.truncatedTo(ChronoUnit.HOURS);
  }

  private static Instant min(Instant one, Instant other) {
    return one.isBefore(other) ? one : other;
  }

  private static Instant max(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }
}

package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.ActivityCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingActivityTest {

  /** Requests and attempts counted per hour, and what was kept, in memory. */
  static class CountingStore extends RoutingActivityStore {
    final Map<Instant, ActivityCounts> data = new HashMap<>();
    final Map<Instant, ActivityCounts> keptHours = new HashMap<>();
    final List<Instant> countedFrom = new ArrayList<>();

    @Override
    public Map<Instant, ActivityCounts> kept(Instant from, Instant to) {
      return within(keptHours, from, to);
    }

    @Override
    public Map<Instant, ActivityCounts> count(Instant from, Instant to) {
      countedFrom.add(from);
      return within(data, from, to);
    }

    @Override
    public void keep(Map<Instant, ActivityCounts> closedHours) {
      keptHours.putAll(closedHours);
    }

    private static Map<Instant, ActivityCounts> within(
        Map<Instant, ActivityCounts> hours, Instant from, Instant to) {
      var result = new HashMap<Instant, ActivityCounts>();
      hours.forEach(
          (hour, counts) -> {
            if (!hour.isBefore(from) && hour.isBefore(to)) {
              result.put(hour, counts);
            }
          });
      return result;
    }
  }

  private final CountingStore store = new CountingStore();
  private final RoutingActivity activity = new RoutingActivity();
  private final Instant thisHour =
      Instant.now().minus(RoutingActivity.LATE).truncatedTo(ChronoUnit.HOURS);
  private final Instant from = thisHour.minus(Duration.ofHours(3));
  private final Instant to = thisHour.plus(Duration.ofHours(1));

  RoutingActivityTest() {
    activity.store = store;
    store.data.put(from, new ActivityCounts(5, 4, 1));
    store.data.put(thisHour, new ActivityCounts(2, 1, 0));
  }

  @Test
  void closed_hours_are_counted_once_and_kept_the_open_hour_is_counted_live() {
    var first = activity.hourly(from, to);
    store.data.put(from, new ActivityCounts(0, 0, 0)); // its requests deleted
    store.data.put(thisHour, new ActivityCounts(3, 2, 0));
    var second = activity.hourly(from, to);

    assertThat(first).hasSize(4);
    assertThat(first.get(0)).isEqualTo(new ActivityBucket(from, 5, 4, 1));
    assertThat(first.get(1)).isEqualTo(new ActivityBucket(from.plus(Duration.ofHours(1)), 0, 0, 0));
    assertThat(second.get(0)).as("kept").isEqualTo(first.get(0));
    assertThat(second.get(3)).as("live").isEqualTo(new ActivityBucket(thisHour, 3, 2, 0));
    assertThat(store.keptHours).hasSize(3);
    assertThat(store.countedFrom).containsExactly(from, thisHour, thisHour);
  }

  @Test
  void days_add_up_their_hours() {
    Instant day = thisHour.truncatedTo(ChronoUnit.DAYS);

    var days = activity.daily(day, day.plus(Duration.ofDays(1)));

    long expected =
        store.data.entrySet().stream()
            .filter(hour -> !hour.getKey().isBefore(day))
            .mapToLong(hour -> hour.getValue().received())
            .sum();
    assertThat(days).hasSize(1);
    assertThat(days.get(0).received()).isEqualTo(expected);
  }
}

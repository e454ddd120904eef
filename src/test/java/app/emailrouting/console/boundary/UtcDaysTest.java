package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UtcDaysTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Test
  void a_day_starts_at_midnight_utc() {
    assertThat(UtcDays.startOf(DAY)).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
  }

  @Test
  void to_a_day_includes_its_last_instant_and_not_the_next_day() {
    Instant end = UtcDays.endOf(DAY);

    assertThat(Instant.parse("2026-11-27T23:59:59.999999Z")).isBefore(end);
    assertThat(end).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
  }
}

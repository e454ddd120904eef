package app.emailrouting.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.access.Role;
import app.emailrouting.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentApiKeysTest {

  private final TestClock clock = new TestClock();

  @Test
  void a_key_checked_active_is_taken_until_its_recheck_time() {
    var recent = RecentApiKeys.of(clock, 5);
    recent.checked("hash-a", "crm", Role.INTAKE);

    assertThat(recent.find("hash-a")).map(RecentApiKeys.Caller::name).contains("crm");
    assertThat(recent.find("hash-b")).as("another key").isEmpty();
    clock.advance(Duration.ofSeconds(4));
    assertThat(recent.find("hash-a")).map(RecentApiKeys.Caller::role).contains(Role.INTAKE);
    clock.advance(Duration.ofSeconds(1));
    assertThat(recent.find("hash-a")).as("checked again at the table").isEmpty();
  }

  @Test
  void a_revocation_forgets_every_key() {
    var recent = RecentApiKeys.of(clock, 5);
    recent.checked("hash-a", "crm", Role.INTAKE);
    recent.checked("hash-b", "reports", Role.VIEWER);

    recent.revoked(new RecentApiKeys.ApiKeyRevoked(1));

    assertThat(recent.find("hash-a")).isEmpty();
    assertThat(recent.find("hash-b")).isEmpty();
  }

  @Test
  void no_recheck_time_means_every_call_looks_at_the_table() {
    var recent = RecentApiKeys.of(clock, 0);
    recent.checked("hash-a", "crm", Role.INTAKE);

    assertThat(recent.find("hash-a")).isEmpty();
  }
}

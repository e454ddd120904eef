package app.emailrouting.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

  private static RuntimeException wrapped(Throwable cause) {
    return new RuntimeException("transaction rolled back", new PersistenceException(cause));
  }

  @Test
  void a_unique_violation_is_recognised_through_wrapping_on_both_databases() {
    assertThat(
            DatabaseFaults.isUniqueViolation(wrapped(new SQLException("duplicate key", "23505"))))
        .isTrue();
    assertThat(DatabaseFaults.isUniqueViolation(wrapped(new SQLException("not null", "23502"))))
        .isFalse();
  }

  @Test
  void a_lost_or_refused_connection_is_unreachable() {
    assertThat(DatabaseFaults.isUnreachable(wrapped(new SQLException("refused", "08001"))))
        .isTrue();
    assertThat(DatabaseFaults.isUnreachable(wrapped(new ConnectException("refused")))).isTrue();
    assertThat(
            DatabaseFaults.isUnreachable(
                wrapped(new SQLException("Error in allocating a connection. Cause: timeout"))))
        .isTrue();
  }

  @Test
  void other_database_errors_are_not_mistaken_for_an_outage() {
    assertThat(DatabaseFaults.isUnreachable(wrapped(new SQLException("syntax", "42601"))))
        .isFalse();
    assertThat(DatabaseFaults.isUnreachable(new IllegalStateException())).isFalse();
  }
}

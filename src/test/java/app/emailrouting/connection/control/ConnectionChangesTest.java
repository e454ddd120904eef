package app.emailrouting.connection.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.AccessTokens;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ConnectionChangesTest {

  private final List<String> steps = new ArrayList<>();

  @Test
  void a_change_is_stored_then_the_token_dropped_then_the_change_announced() {
    var changes = new ConnectionChanges();
    changes.store = new RecordingStore();
    changes.tokens = new RecordingTokens();
    changes.changed = new RecordingEvent();

    var settings =
        changes.apply(ConnectionChange.of("mypurecloud.ie", null, null, "client-1", null));

    assertThat(settings.clientId()).isEqualTo("client-1");
    assertThat(steps).containsExactly("stored eu-west-1", "token dropped", "announced eu-west-1");
  }

  @Test
  void nothing_is_dropped_or_announced_when_the_store_refuses_the_change() {
    var changes = new ConnectionChanges();
    changes.store =
        new RecordingStore() {
          @Override
          public GenesysConnectionSettings change(ConnectionChange change) {
            throw new IllegalStateException("database down");
          }
        };
    changes.tokens = new RecordingTokens();
    changes.changed = new RecordingEvent();

    assertThatThrownBy(() -> changes.apply(ConnectionChange.of("sandbox", null, null, null, null)))
        .hasMessage("database down");
    assertThat(steps).isEmpty();
  }

  private class RecordingStore extends ConnectionSettingsStore {
    @Override
    public GenesysConnectionSettings change(ConnectionChange change) {
      steps.add("stored " + change.region());
      var settings = new GenesysConnectionSettings(Instant.now());
      settings.change(
          change.region(),
          change.apiUrl(),
          change.loginUrl(),
          change.clientId(),
          null,
          Instant.now());
      return settings;
    }
  }

  private class RecordingTokens extends AccessTokens {
    @Override
    public void clear() {
      steps.add("token dropped");
    }
  }

  private class RecordingEvent implements Event<GenesysConnectionChanged> {
    @Override
    public void fire(GenesysConnectionChanged event) {
      steps.add("announced " + event.region());
    }

    @Override
    public <U extends GenesysConnectionChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends GenesysConnectionChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<GenesysConnectionChanged> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends GenesysConnectionChanged> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends GenesysConnectionChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}

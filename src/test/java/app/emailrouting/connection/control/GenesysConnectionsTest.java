package app.emailrouting.connection.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.genesys.control.SecretUnreadableException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A stored secret this instance cannot decrypt, and decryption once per stored secret. */
class GenesysConnectionsTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  /** The stored settings, with a secret that decrypts, or fails as under another key. */
  private static final class Stored extends ConnectionSettingsStore {
    final GenesysConnectionSettings settings = new GenesysConnectionSettings(NOW);
    final AtomicInteger decryptions = new AtomicInteger();
    boolean otherKey;

    Stored(String encryptedSecret) {
      settings.change("eu-west-1", null, null, "client", encryptedSecret, NOW);
    }

    @Override
    public GenesysConnectionSettings current() {
      return settings;
    }

    @Override
    public Optional<String> clientSecret(GenesysConnectionSettings stored) {
      decryptions.incrementAndGet();
      if (otherKey) {
        throw new IllegalStateException("The stored client secret cannot be decrypted");
      }
      return Optional.of("secret-of-" + stored.encryptedSecret());
    }
  }

  private static GenesysConnections on(Stored store) {
    var connections = new GenesysConnections();
    connections.store = store;
    return connections;
  }

  @Test
  void a_secret_stored_under_another_key_makes_this_instance_unusable_and_names_secret_key() {
    var store = new Stored("v1:sealed");
    store.otherKey = true;
    var connections = on(store);

    assertThatThrownBy(connections::current)
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("SECRET_KEY");
    assertThat(connections.unusableBecause())
        .hasValueSatisfying(why -> assertThat(why).contains("SECRET_KEY"));
  }

  @Test
  void the_secret_is_decrypted_once_until_it_changes() {
    var store = new Stored("v1:first");
    var connections = on(store);

    assertThat(connections.current().clientSecret()).isEqualTo("secret-of-v1:first");
    connections.current();
    assertThat(connections.unusableBecause()).isEmpty();
    assertThat(store.decryptions).hasValue(1);

    store.settings.change("eu-west-1", null, null, "client", "v1:second", NOW);
    assertThat(connections.current().clientSecret()).isEqualTo("secret-of-v1:second");
    assertThat(store.decryptions).hasValue(2);
  }
}

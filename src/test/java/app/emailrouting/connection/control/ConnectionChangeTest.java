package app.emailrouting.connection.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.connection.entity.GenesysConnectionSettings;
import app.emailrouting.problems.control.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionChangeTest {

  @Test
  void overrides_are_https_or_http_to_a_loopback_host_only() {
    for (String url :
        new String[] {
          "https://api.example.com",
          "http://127.0.0.1:8080/sandbox",
          "http://localhost:9000",
          "http://[::1]:9000"
        }) {
      assertThat(ConnectionChange.of("eu-west-1", url, url, null, null).apiUrl())
          .as(url)
          .isNotNull();
    }
    for (String url :
        new String[] {
          "http://api.example.com",
          "http://127.0.0.1.example.com",
          "http://10.0.0.1",
          "https://user:pass@api.example.com",
          "ftp://api.example.com",
          "https://api.example.com?x=1"
        }) {
      assertThatThrownBy(() -> ConnectionChange.of("eu-west-1", url, null, null, null))
          .as(url)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("https")
          .hasMessageContaining("loopback");
    }
  }

  @Test
  void a_region_this_service_does_not_list_is_taken_with_both_urls_only() {
    var unlisted =
        ConnectionChange.of(
            "EU-North-9", "https://api.example.com", "https://login.example.com", null, null);
    var nameless =
        ConnectionChange.of(
            null, "https://api.example.com", "https://login.example.com", null, null);

    assertThat(unlisted.region()).isEqualTo("eu-north-9");
    assertThat(nameless.region()).isEqualTo(ConnectionChange.UNLISTED);
    assertThat(ConnectionChange.of("mypurecloud.de", null, null, null, null).region())
        .isEqualTo("eu-central-1");
    for (String[] refused :
        new String[][] {
          {"eu-north-9", "https://api.example.com", null},
          {"eu-north-9", null, null},
          {"not a region!", "https://api.example.com", "https://login.example.com"}
        }) {
      assertThatThrownBy(() -> ConnectionChange.of(refused[0], refused[1], refused[2], null, null))
          .as(String.join(" ", java.util.Arrays.toString(refused)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("region");
    }
  }

  private static GenesysConnectionSettings withSecret() {
    var settings = new GenesysConnectionSettings(Instant.now());
    settings.change("eu-west-1", null, null, "client", "v1:encrypted", Instant.now());
    return settings;
  }

  @Test
  void a_secret_is_never_kept_for_a_moved_connection() {
    String[][] moves = {
      {"us-east-1", null, null},
      {"eu-west-1", "https://proxy.example.com", null},
      {"eu-west-1", null, "https://login.example.com"},
      {"sandbox", null, null}
    };
    for (String[] move : moves) {
      var settings = withSecret();

      settings.change(move[0], move[1], move[2], "client", null, Instant.now());

      assertThat(settings.hasSecret()).as(String.join(" ", move[0], move[1], move[2])).isFalse();
    }
  }

  @Test
  void a_secret_is_kept_where_the_connection_stays_and_replaced_when_sent() {
    var settings = withSecret();

    settings.change("eu-west-1", null, null, "another-client", null, Instant.now());
    assertThat(settings.encryptedSecret()).isEqualTo("v1:encrypted");

    settings.change("us-east-1", null, null, "client", "v1:new", Instant.now());
    assertThat(settings.encryptedSecret()).isEqualTo("v1:new");
  }
}

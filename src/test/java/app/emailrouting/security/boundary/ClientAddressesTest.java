package app.emailrouting.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static ClientAddresses trusting(String proxies) {
    var addresses = new ClientAddresses();
    addresses.trustedProxies = Optional.ofNullable(proxies);
    addresses.configure();
    return addresses;
  }

  @Test
  void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
    var addresses = trusting(null);

    assertThat(addresses.of("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
  }

  @Test
  void behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client() {
    var addresses = trusting("10.0.0.5, 192.168.10.0/24");

    assertThat(addresses.of("10.0.0.5", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(addresses.of("10.0.0.5", List.of("1.2.3.4, 203.0.113.9, 192.168.10.20")))
        .as("a client-supplied first hop is not believed")
        .isEqualTo("203.0.113.9");
    assertThat(addresses.of("10.0.0.5", List.of("1.2.3.4", "203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(addresses.of("10.0.0.6", List.of("203.0.113.9")))
        .as("an untrusted peer")
        .isEqualTo("10.0.0.6");
    assertThat(addresses.of("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
  }

  @Test
  void a_hop_that_is_no_address_stops_the_walk_and_names_no_host() {
    var addresses = trusting("127.0.0.1");

    assertThat(addresses.of("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", List.of("cafe"))).isEqualTo("127.0.0.1");
    assertThat(addresses.of("127.0.0.1", List.of("2001:db8::1"))).isEqualTo("2001:db8::1");
  }

  @Test
  void a_bad_proxy_setting_is_refused_at_start() {
    assertThatThrownBy(() -> trusting("proxy.example.com"))
        .hasMessageContaining("security.trusted-proxies");
    assertThatThrownBy(() -> trusting("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
  }
}

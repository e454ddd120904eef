package app.emailrouting.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

  @Test
  void basic_credentials_are_split_at_the_first_colon() {
    var credentials = ClientCredentials.fromBasic(Calls.basic("my-client", "se:cret"));

    assertThat(credentials).contains(new ClientCredentials("my-client", "se:cret"));
  }

  @Test
  void anything_but_basic_base64_of_id_colon_secret_is_no_credentials() {
    assertThat(ClientCredentials.fromBasic(null)).isEmpty();
    assertThat(ClientCredentials.fromBasic("Bearer abc")).isEmpty();
    assertThat(ClientCredentials.fromBasic("Basic %%%")).isEmpty();
    assertThat(ClientCredentials.fromBasic("Basic bm9jb2xvbg==")).isEmpty();
  }

  @Test
  void the_secret_is_never_in_the_text_of_the_credentials() {
    var credentials = new ClientCredentials("my-client", "top-secret");

    assertThat(credentials.toString()).contains("my-client").doesNotContain("top-secret");
  }
}

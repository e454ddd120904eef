package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private final Tokens tokens = new Tokens();

  @Test
  void an_issued_token_names_its_client_whatever_the_case_of_bearer() {
    var token = tokens.issue("client-7", NOW, 60);

    assertThat(tokens.clientOf("Bearer " + token.accessToken(), NOW, false)).isEqualTo("client-7");
    assertThat(tokens.clientOf("bearer " + token.accessToken(), NOW, false)).isEqualTo("client-7");
  }

  @Test
  void only_a_hash_of_the_token_is_kept() throws Exception {
    var token = tokens.issue("client-7", NOW, 60);
    var grants = Tokens.class.getDeclaredField("grants");
    grants.setAccessible(true);

    assertThat(grants.get(tokens).toString()).doesNotContain(token.accessToken());
  }

  @Test
  void a_token_expires_at_the_end_of_its_lifetime() {
    var token = tokens.issue("client-7", NOW, 60);

    var error =
        refusal(() -> tokens.clientOf("Bearer " + token.accessToken(), NOW.plusSeconds(60), false));

    assertThat(error.code()).isEqualTo("credentials.expired");
  }

  @Test
  void expiring_issued_tokens_counts_only_while_the_fault_is_on() {
    var old = tokens.issue("client-7", NOW, 60);
    tokens.expireIssued();
    var fresh = tokens.issue("client-7", NOW, 60);

    assertThat(refusal(() -> tokens.clientOf("Bearer " + old.accessToken(), NOW, true)).status())
        .isEqualTo(401);
    assertThat(tokens.clientOf("Bearer " + fresh.accessToken(), NOW, true)).isEqualTo("client-7");
    assertThat(tokens.clientOf("Bearer " + old.accessToken(), NOW, false)).isEqualTo("client-7");
  }

  @Test
  void memory_stays_bounded_dropping_expired_then_oldest_tokens() {
    var first = tokens.issue("client-7", NOW, 86_400);
    for (int i = 0; i < Tokens.MAX_KEPT + 5; i++) {
      tokens.issue("client-7", NOW, 86_400);
    }

    assertThat(tokens.size()).isEqualTo(Tokens.MAX_KEPT);
    assertThat(refusal(() -> tokens.clientOf("Bearer " + first.accessToken(), NOW, false)).code())
        .isEqualTo("bad.credentials");
  }
}

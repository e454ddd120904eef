package app.emailrouting.problems.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void the_message_is_english_and_the_text_follows_the_language() {
    var refusal = new Refusal.NotFound("routingRequest.notFound", 12345L);

    assertThat(refusal.getMessage()).isEqualTo("No routing request 12345.");
    assertThat(refusal.text(Locale.FRENCH)).isEqualTo("Aucune demande de routage 12345.");
    assertThat(refusal.text(Locale.GERMAN)).isEqualTo(refusal.getMessage());
  }

  @Test
  void every_refusal_has_an_english_and_a_french_text() throws IOException {
    var english = texts("refusals.properties");
    var french = texts("refusals_fr.properties");

    assertThat(english).isNotEmpty();
    assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  private static Properties texts(String file) throws IOException {
    var texts = new Properties();
    try (var in = Refusal.class.getResourceAsStream("/app/emailrouting/problems/" + file)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}

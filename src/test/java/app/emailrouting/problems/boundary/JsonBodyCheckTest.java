package app.emailrouting.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

  @Test
  void ordinary_bodies_pass_with_escapes_pairs_and_brackets_in_text() {
    for (String json :
        new String[] {
          "{\"externalId\": \"a\\\"b\\\\\", \"subject\": \"[{ not nesting }]\"}",
          "{\"subject\": \"\\uD83D\\uDE00 \\u00e9 \\n\"}",
          "[".repeat(64) + "]".repeat(64)
        }) {
      assertThat(JsonBodyCheck.problem(json)).as(json).isEmpty();
    }
  }

  @Test
  void deep_nesting_nul_and_lone_surrogates_are_named() {
    assertThat(JsonBodyCheck.problem("[".repeat(65) + "]".repeat(65)))
        .contains("is nested deeper than 64 levels");
    assertThat(JsonBodyCheck.problem("{\"a\": \"x\\u0000\"}")).get().asString().contains("NUL");
    assertThat(JsonBodyCheck.problem("{\"a\": \"\\uD800\"}"))
        .get()
        .asString()
        .contains("surrogate");
    assertThat(JsonBodyCheck.problem("{\"a\": \"\\uDC00x\"}"))
        .get()
        .asString()
        .contains("surrogate");
    assertThat(JsonBodyCheck.problem("{\"a\": \"\\uD800\\u0041\"}"))
        .get()
        .asString()
        .contains("surrogate");
  }
}

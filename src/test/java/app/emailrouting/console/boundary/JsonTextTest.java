package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void json_is_indented_one_member_a_line() {
    String pretty = JsonText.pretty("{\"before\":{\"priority\":1},\"after\":{\"priority\":2}}");

    assertThat(pretty).startsWith("{\n").endsWith("}");
    assertThat(pretty.lines())
        .anyMatch(line -> line.matches("\\s+\"before\": \\{"))
        .anyMatch(line -> line.matches("\\s+\"priority\": 2"));
  }

  @Test
  void text_that_is_not_json_is_shown_as_it_is() {
    assertThat(JsonText.pretty("Bad gateway <html>")).isEqualTo("Bad gateway <html>");
    assertThat(JsonText.pretty(null)).isNull();
  }
}

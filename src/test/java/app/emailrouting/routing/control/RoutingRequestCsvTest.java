package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingRequestCsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"})
  void a_value_a_spreadsheet_would_run_stays_text(String formula) {
    assertThat(RoutingRequestCsv.inert(formula)).isEqualTo("'" + formula);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Hello", "a=b", "Re: \"quoted\", comma"})
  void other_values_are_unchanged(String text) {
    assertThat(RoutingRequestCsv.inert(text)).isEqualTo(text);
  }
}

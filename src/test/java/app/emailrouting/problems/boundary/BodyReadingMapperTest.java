package app.emailrouting.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class BodyReadingMapperTest {

  @Test
  void the_parser_message_names_the_field_of_the_wrong_type() {
    var failure =
        new ProcessingException(
            new JsonbException(
                "Unable to deserialize property 'priority' because of: Error deserialize JSON"
                    + " value into type: class java.lang.Integer."));

    assertThat(BodyReadingMapper.misTypedProperty(failure)).contains("priority");
  }

  @Test
  void a_syntax_error_names_no_field() {
    var failure = new ProcessingException(new JsonbException("Invalid token=CURLYCLOSE"));

    assertThat(BodyReadingMapper.misTypedProperty(failure)).isEmpty();
  }
}

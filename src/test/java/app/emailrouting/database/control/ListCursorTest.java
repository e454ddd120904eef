package app.emailrouting.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListCursorTest {

  @Test
  void a_cursor_reads_back_as_the_same_time_and_id() {
    var cursor = new ListCursor(Instant.parse("2026-11-27T10:15:30.123456Z"), 4242);

    assertThat(ListCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void a_cursor_is_url_safe() {
    String encoded =
        new ListCursor(Instant.parse("2026-11-27T10:15:30.999999Z"), 123456789).encode();

    assertThat(encoded).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anything_this_service_did_not_make_is_no_cursor() {
    assertThat(ListCursor.decode("not a cursor")).isEmpty();
    assertThat(ListCursor.decode("")).isEmpty();
    assertThat(ListCursor.decode("MTIz")).isEmpty();
    assertThat(ListCursor.decode("YTpi")).isEmpty();
  }

  @Test
  void a_search_text_is_matched_literally() {
    assertThat(JpqlConditions.containing("50%_Off!")).isEqualTo("%50!%!_off!!%");
  }
}

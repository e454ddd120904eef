package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {

  private static final List<Integer> FIFTY_SEVEN = IntStream.rangeClosed(1, 57).boxed().toList();

  @Test
  void pages_are_numbered_from_one_with_25_by_default() {
    var request = PageRequest.of(null, "");

    assertThat(request).isEqualTo(new PageRequest(1, 25));
  }

  @Test
  void fifty_seven_entries_make_three_pages_of_25() {
    var first = Listing.page(FIFTY_SEVEN, PageRequest.of("1", "25"));
    var last = Listing.page(FIFTY_SEVEN, PageRequest.of("3", "25"));

    assertThat(first.entities()).hasSize(25).startsWith(1).endsWith(25);
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(first.total()).isEqualTo(57);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(last.entities()).containsExactly(51, 52, 53, 54, 55, 56, 57);
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.lastPageNumber()).isEqualTo(3);
  }

  @Test
  void an_exact_multiple_has_no_extra_page() {
    var listing = Listing.page(FIFTY_SEVEN.subList(0, 50), PageRequest.of("2", "25"));

    assertThat(listing.pageCount()).isEqualTo(2);
    assertThat(listing.hasNextPage()).isFalse();
  }

  @Test
  void a_page_past_the_last_is_empty() {
    var listing = Listing.page(FIFTY_SEVEN, PageRequest.of("9", "100"));

    assertThat(listing.entities()).isEmpty();
    assertThat(listing.pageCount()).isEqualTo(1);
    assertThat(listing.hasNextPage()).isFalse();
  }

  @Test
  void an_empty_listing_has_no_pages_and_names_page_one_as_last() {
    var listing = Listing.page(List.of(), PageRequest.of(null, null));

    assertThat(listing.pageCount()).isZero();
    assertThat(listing.lastPageNumber()).isEqualTo(1);
    assertThat(listing.hasNextPage()).isFalse();
  }

  @Test
  void a_huge_page_number_does_not_overflow() {
    var listing =
        Listing.page(FIFTY_SEVEN, PageRequest.of(String.valueOf(Integer.MAX_VALUE), "100"));

    assertThat(listing.entities()).isEmpty();
  }

  @Test
  void page_size_is_from_1_to_100_and_page_number_from_1() {
    assertThat(PageRequest.of("1", "100").pageSize()).isEqualTo(100);
    for (String[] bad : new String[][] {{"0", "25"}, {"1", "101"}, {"1", "0"}, {"x", "25"}}) {
      var error = refusal(() -> PageRequest.of(bad[0], bad[1]));
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.code()).isEqualTo("invalid.value");
    }
    assertThat(refusal(() -> PageRequest.of("1", "101")).messageParams())
        .containsEntry("field", "pageSize");
  }
}

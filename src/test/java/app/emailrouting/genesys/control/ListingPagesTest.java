package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingPagesTest {

  /** A listing of {@code total} entities served in pages of 100, recording the pages asked. */
  private static final class Listing {
    final int total;
    final List<Integer> asked = new ArrayList<>();

    Listing(int total) {
      this.total = total;
    }

    EntityListing page(int number) {
      asked.add(number);
      int size = ListingPages.PAGE_SIZE;
      var entities =
          IntStream.range((number - 1) * size, Math.min(total, number * size))
              .mapToObj(
                  i ->
                      new EntityListing.ListedEntity(
                          "id-" + i, "Queue " + i, null, null, null, null))
              .toList();
      return new EntityListing(entities, size, number, (long) total, (total + size - 1) / size);
    }
  }

  @Test
  void pages_until_the_page_count_250_queues_over_3_pages() {
    var listing = new Listing(250);
    var fetched = new ArrayList<Integer>();

    var entities = ListingPages.all(listing::page, fetched::add);

    assertThat(entities).hasSize(250);
    assertThat(entities.get(249).id()).isEqualTo("id-249");
    assertThat(listing.asked).containsExactly(1, 2, 3);
    assertThat(fetched).containsExactly(100, 100, 50);
  }

  @Test
  void an_empty_listing_is_one_call() {
    var listing = new Listing(0);

    assertThat(ListingPages.all(listing::page, count -> {})).isEmpty();
    assertThat(listing.asked).containsExactly(1);
  }

  @Test
  void exactly_one_full_page_is_not_paged_further() {
    var listing = new Listing(100);

    assertThat(ListingPages.all(listing::page, count -> {})).hasSize(100);
    assertThat(listing.asked).containsExactly(1);
  }

  @Test
  void a_page_without_paging_numbers_ends_the_listing() {
    var entity = new EntityListing.ListedEntity("id", "name", null, null, null, null);
    var asked = new ArrayList<Integer>();

    var entities =
        ListingPages.all(
            number -> {
              asked.add(number);
              return new EntityListing(List.of(entity), null, null, null, null);
            },
            count -> {});

    assertThat(entities).containsExactly(entity);
    assertThat(asked).containsExactly(1);
  }

  @Test
  void a_listing_that_never_ends_stops_at_the_page_cap() {
    var asked = new ArrayList<Integer>();

    ListingPages.all(
        number -> {
          asked.add(number);
          return new EntityListing(List.of(), 100, number, null, Integer.MAX_VALUE);
        },
        count -> {});

    assertThat(asked).hasSize(ListingPages.MAX_PAGES);
  }
}

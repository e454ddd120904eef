package app.emailrouting.sandbox.boundary;

import static app.emailrouting.sandbox.boundary.WrittenJson.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.Listing;
import app.emailrouting.sandbox.control.PageRequest;
import app.emailrouting.sandbox.entity.Queue;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingJsonTest {

  private static final List<Queue> QUEUES =
      IntStream.rangeClosed(1, 57).mapToObj(i -> new Queue("q" + i, "Queue " + i, null)).toList();

  private static jakarta.json.JsonObject page(String pageNumber, String filter) {
    var listing = Listing.page(QUEUES, PageRequest.of(pageNumber, "25"));
    return parsed(ListingJson.of(listing, "/api/v2/routing/queues", filter, PlatformJson::queue));
  }

  @Test
  void a_page_has_genesys_listing_members_and_uris() {
    var json = page("2", null);

    assertThat(json.keySet())
        .containsExactly(
            "entities",
            "pageSize",
            "pageNumber",
            "total",
            "pageCount",
            "firstUri",
            "nextUri",
            "lastUri",
            "selfUri");
    assertThat(json.getJsonArray("entities")).hasSize(25);
    assertThat(json.getJsonArray("entities").getJsonObject(0).getString("id")).isEqualTo("q26");
    assertThat(json.getInt("total")).isEqualTo(57);
    assertThat(json.getInt("pageCount")).isEqualTo(3);
    assertThat(json.getString("firstUri"))
        .isEqualTo("/api/v2/routing/queues?pageSize=25&pageNumber=1");
    assertThat(json.getString("nextUri"))
        .isEqualTo("/api/v2/routing/queues?pageSize=25&pageNumber=3");
    assertThat(json.getString("lastUri"))
        .isEqualTo("/api/v2/routing/queues?pageSize=25&pageNumber=3");
    assertThat(json.getString("selfUri"))
        .isEqualTo("/api/v2/routing/queues?pageSize=25&pageNumber=2");
  }

  @Test
  void the_last_page_has_no_next_uri() {
    var json = page("3", null);

    assertThat(json.containsKey("nextUri")).isFalse();
    assertThat(json.getJsonArray("entities")).hasSize(7);
  }

  @Test
  void a_filter_is_kept_in_every_uri() {
    var json = page("1", ListingJson.filter("type", "inboundemail"));

    assertThat(json.getString("nextUri"))
        .isEqualTo("/api/v2/routing/queues?type=inboundemail&pageSize=25&pageNumber=2");
    assertThat(ListingJson.filter("type", " ")).isNull();
    assertThat(ListingJson.filter("type", "a b&c")).isEqualTo("type=a+b%26c");
  }
}

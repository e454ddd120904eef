package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.Listing;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A Genesys Cloud listing page: entities, paging numbers and the page URIs, relative to the API
 * base as Genesys writes them. {@code nextUri} is absent on the last page.
 */
final class ListingJson {

  private ListingJson() {}

  /**
   * @param path the listing's path, such as {@code /api/v2/routing/queues}
   * @param filter a query parameter the listing was filtered by ({@code type=...}), or null
   */
  static <T> JsonObject of(
      Listing<T> listing, String path, String filter, Function<T, JsonObject> entity) {
    var entities = PlatformJson.JSON.createArrayBuilder();
    listing.entities().stream().map(entity).forEach(entities::add);
    var json =
        PlatformJson.JSON
            .createObjectBuilder()
            .add("entities", entities)
            .add("pageSize", listing.pageSize())
            .add("pageNumber", listing.pageNumber())
            .add("total", listing.total())
            .add("pageCount", listing.pageCount())
            .add("firstUri", uri(path, filter, listing.pageSize(), 1));
    if (listing.hasNextPage()) {
      json.add("nextUri", uri(path, filter, listing.pageSize(), listing.pageNumber() + 1));
    }
    return json.add("lastUri", uri(path, filter, listing.pageSize(), listing.lastPageNumber()))
        .add("selfUri", uri(path, filter, listing.pageSize(), listing.pageNumber()))
        .build();
  }

  /** A filter parameter for {@link #of}, or null when the value is absent. */
  static String filter(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String uri(String path, String filter, int pageSize, int pageNumber) {
    String paging = "pageSize=" + pageSize + "&pageNumber=" + pageNumber;
    return path + "?" + (filter == null ? paging : filter + "&" + paging);
  }
}

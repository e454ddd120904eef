package app.emailrouting.genesys.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Pages through a Genesys listing from page 1 until {@code pageNumber >= pageCount}, with the
 * largest page Genesys allows. A cap on pages guards against a listing that never ends.
 */
final class ListingPages {

  static final int PAGE_SIZE = 100;
  static final int MAX_PAGES = 1_000;

  private ListingPages() {}

  /**
   * @param page fetches a page by its number (from 1)
   * @param fetched told the number of entities of each page as it arrives
   */
  static List<EntityListing.ListedEntity> all(
      IntFunction<EntityListing> page, IntConsumer fetched) {
    var entities = new ArrayList<EntityListing.ListedEntity>();
    EntityListing listing;
    int pageNumber = 0;
    do {
      pageNumber++;
      listing = page.apply(pageNumber);
      entities.addAll(listing.entitiesOrEmpty());
      fetched.accept(listing.entitiesOrEmpty().size());
    } while (listing.hasNextPage() && pageNumber < MAX_PAGES);
    return entities;
  }
}

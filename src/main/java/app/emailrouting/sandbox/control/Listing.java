package app.emailrouting.sandbox.control;

import java.util.List;

/**
 * One page of a Genesys Cloud listing. {@code pageCount} is 0 for an empty listing, as Genesys
 * answers; a page past the last one is empty.
 */
public record Listing<T>(List<T> entities, int pageNumber, int pageSize, int total) {

  public Listing {
    entities = List.copyOf(entities);
  }

  public static <T> Listing<T> page(List<T> all, PageRequest request) {
    long from = (long) (request.pageNumber() - 1) * request.pageSize();
    List<T> entities =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + request.pageSize()));
    return new Listing<>(entities, request.pageNumber(), request.pageSize(), all.size());
  }

  public int pageCount() {
    return (total + pageSize - 1) / pageSize;
  }

  public boolean hasNextPage() {
    return pageNumber < pageCount();
  }

  /** The page {@code lastUri} names: page 1 of an empty listing. */
  public int lastPageNumber() {
    return Math.max(1, pageCount());
  }
}

package app.emailrouting.routing.control;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paged list, with the cursor of the next page if there is one. */
public record Page<T>(List<T> items, Optional<ListCursor> next) {}

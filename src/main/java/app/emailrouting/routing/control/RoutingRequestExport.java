package app.emailrouting.routing.control;

import app.emailrouting.database.control.ListCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes the requests a filter matches as CSV, newest first, page by page (each page its own short
 * read, so the persistence context never grows): a million rows go out without being held in
 * memory. For the REST API's export and the console's Export button alike.
 */
@ApplicationScoped
public class RoutingRequestExport {

  private static final int PAGE = 1000;

  @Inject RoutingRequestStore store;

  public void write(RoutingRequestFilter filter, OutputStream out) throws IOException {
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    var csv = new RoutingRequestCsv(writer);
    Optional<ListCursor> after = Optional.empty();
    do {
      var page = store.list(new RoutingRequestQuery(filter, after, PAGE));
      for (var request : page.items()) {
        csv.write(request);
      }
      csv.flush();
      after = page.next();
    } while (after.isPresent());
  }
}

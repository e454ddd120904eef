package app.emailrouting.genesys.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RetrievalFailedException;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Reads the queues, skills, languages or inbound email flows of the Genesys organization, every
 * page, and translates them into {@link RoutingOption}s. A failure is a {@link
 * RetrievalFailedException} that says what Genesys answered; no Genesys type leaves this package.
 */
@ApplicationScoped
public class GenesysOptionsGateway {

  private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

  @Inject GenesysConnections connections;
  @Inject AccessTokens tokens;
  @Inject GenesysCalls calls;

  /**
   * @param pageFetched told the number of entities of each page as it arrives (progress)
   */
  public List<RoutingOption> retrieve(OptionType type, IntConsumer pageFetched) {
    OptionListing listing = OptionListing.of(type);
    try {
      GenesysConnection connection = connections.current();
      return ListingPages.all(number -> page(connection, listing, number), pageFetched).stream()
          .map(listing::option)
          .toList();
    } catch (ProcessingException failure) {
      throw RetrievalFailures.of(listing, GenesysUnreachableException.from(failure));
    } catch (RuntimeException failure) {
      throw RetrievalFailures.of(listing, failure);
    }
  }

  /** One page with a valid token, renewed once and replayed on a 401, as routing does. */
  private EntityListing page(GenesysConnection connection, OptionListing listing, int number) {
    GenesysCalls.Read read =
        (platform, bearer) -> listing.page(platform, bearer, number, ListingPages.PAGE_SIZE);
    return tokens.withToken(connection, token -> parse(calls.read(connection, token, read)));
  }

  private static EntityListing parse(String body) {
    return JSONB.fromJson(body, EntityListing.class);
  }
}

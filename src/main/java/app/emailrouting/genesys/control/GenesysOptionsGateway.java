package app.emailrouting.genesys.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RetrievalFailedException;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject ConnectionSource connections;
  @Inject AccessTokens tokens;
  @Inject GenesysCalls calls;

  /**
   * @param pageFetched told the number of entities of each page as it arrives (progress)
   */
  public List<RoutingOption> retrieve(OptionType type, IntConsumer pageFetched) {
    OptionListing listing = OptionListing.of(type);
    GenesysConnection connection = null;
    try {
      connection = connections.current();
      GenesysConnection reached = connection;
      return ListingPages.all(number -> page(reached, listing, number), pageFetched).stream()
          .map(listing::option)
          .toList();
    } catch (RuntimeException failure) {
      throw new RetrievalFailedException(
          GenesysFailures.describe(connection, listing.call(), listing.permission(), failure),
          failure);
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

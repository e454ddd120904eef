package app.emailrouting.options.control;

import app.emailrouting.genesys.control.GenesysOptionsGateway;
import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RetrievalFailedException;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a started Retrieve Options: reads every list from Genesys Cloud first, outside any
 * transaction, then replaces the stored set at once. Any failure leaves the stored set as it was
 * and records why.
 */
@ApplicationScoped
public class OptionsRetriever {

  private static final Logger LOG = Logger.getLogger(OptionsRetriever.class.getName());

  @Inject GenesysOptionsGateway gateway;
  @Inject OptionsRetrievalStore retrievals;
  @Inject RoutingOptionStore options;

  public void run() {
    try {
      options.replace(fetchAll());
    } catch (RetrievalFailedException failure) {
      LOG.info(() -> "Retrieve Options failed: " + failure.getMessage());
      retrievals.fail(failure.getMessage());
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Retrieve Options failed", failure);
      retrievals.fail("The routing options could not be stored: " + failure.getClass().getName());
    }
  }

  /**
   * Every list, each option once: a listing that shifts while it is paged may repeat an entity on
   * two pages.
   */
  private List<RoutingOption> fetchAll() {
    var fetched = new LinkedHashMap<String, RoutingOption>();
    for (OptionType type : OptionType.values()) {
      for (RoutingOption option : gateway.retrieve(type, count -> retrievals.fetched(1, count))) {
        fetched.putIfAbsent(type + "/" + option.genesysId(), option);
      }
    }
    return List.copyOf(fetched.values());
  }
}

package app.emailrouting.options.control;

import app.emailrouting.genesys.control.GenesysOptionsGateway;
import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.OptionsRetrieval;
import app.emailrouting.options.entity.RetrievalFailedException;
import app.emailrouting.options.entity.RoutingOption;
import app.emailrouting.problems.control.Refusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retrieve Options, for the REST API and the console alike: started one at a time across instances
 * (a conflict otherwise) and run in the background on the container's executor, since paging
 * through an organization can take longer than a request should.
 */
@ApplicationScoped
public class RetrieveOptions {

  private static final Logger LOG = Logger.getLogger(RetrieveOptions.class.getName());

  @Inject OptionsRetrievalStore retrievals;
  @Inject RoutingOptionStore options;
  @Inject GenesysOptionsGateway gateway;

  /** The container's default executor: a retrieval takes no room from routing. */
  @Resource ManagedExecutorService executor;

  public OptionsRetrieval start() {
    var started =
        retrievals
            .start()
            .orElseThrow(
                () -> new Refusal.Conflict("options.running", retrievals.current().startedAt()));
    try {
      executor.execute(this::run);
    } catch (RejectedExecutionException full) {
      // a retrieval the executor refuses must not look RUNNING until it is taken as abandoned
      retrievals.fail("Retrieve Options could not start: the service is too busy. Try again.");
      throw new Refusal.Unavailable("options.busy");
    }
    return started;
  }

  /**
   * Runs a started retrieval: reads every list from Genesys Cloud first, outside any transaction,
   * then replaces the stored set at once. Any failure leaves the stored set as it was and records
   * why.
   */
  void run() {
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

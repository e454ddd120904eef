package app.emailrouting.options.control;

import app.emailrouting.options.entity.OptionsRetrieval;
import app.emailrouting.problems.control.Refusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts Retrieve Options in the background, for the REST API and the console alike: one at a time
 * across instances (409 otherwise), on the routing executor, since paging through an organization
 * can take longer than a request should.
 */
@ApplicationScoped
public class RetrieveOptions {

  @Inject OptionsRetrievalStore retrievals;
  @Inject OptionsRetriever retriever;

  /** The container's default executor: a retrieval takes no room from routing. */
  @Resource ManagedExecutorService executor;

  public OptionsRetrieval start() {
    var started =
        retrievals
            .start()
            .orElseThrow(
                () -> new Refusal.Conflict("options.running", retrievals.current().startedAt()));
    try {
      executor.execute(retriever::run);
    } catch (RejectedExecutionException full) {
      // a retrieval the executor refuses must not look RUNNING until it is taken as abandoned
      retrievals.fail("Retrieve Options could not start: the service is too busy. Try again.");
      throw new Refusal.Unavailable("options.busy");
    }
    return started;
  }
}

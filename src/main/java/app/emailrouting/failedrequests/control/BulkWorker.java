package app.emailrouting.failedrequests.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes running bulk operations no one works on and works on them, chunk after chunk, on the bulk
 * executor. A failure (the database gone) stops the work here; the lease then expires and the next
 * sweep, on this instance or another, goes on from the last chunk done.
 */
@ApplicationScoped
public class BulkWorker {

  public static final String EXECUTOR = "java:app/concurrent/bulk";
  private static final Logger LOG = Logger.getLogger(BulkWorker.class.getName());
  private static final int MAX_AT_ONCE = 2;

  @Inject BulkChunks chunks;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "bulk.wait-ms", defaultValue = "500")
  long waitMillis;

  private final AtomicInteger working = new AtomicInteger();

  /**
   * Work on a new operation starts once it is committed, on the bulk executor: the committing
   * thread's transaction is over but still bound to it.
   */
  void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkOperationStarted event) {
    try {
      executor.execute(this::sweep);
    } catch (RejectedExecutionException full) {
      LOG.fine("Bulk executor busy; the next sweep starts the operation");
    }
  }

  /** Starts work on idle operations, as many as there is room for. */
  public void sweep() {
    while (working.get() < MAX_AT_ONCE) {
      var lease = chunks.leaseIdle();
      if (lease.isEmpty()) {
        return;
      }
      working.incrementAndGet();
      try {
        executor.execute(() -> workThenFree(lease.get()));
      } catch (RejectedExecutionException e) {
        working.decrementAndGet();
        return;
      }
    }
  }

  private void workThenFree(BulkChunks.Lease lease) {
    try {
      work(lease);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Bulk operation " + lease.operationId() + " stopped; resumed when its lease expires",
          e);
    } finally {
      working.decrementAndGet();
    }
  }

  private void work(BulkChunks.Lease lease) {
    BulkChunks.Step step;
    do {
      step = chunks.next(lease);
      if (step == BulkChunks.Step.WAIT && !pause()) {
        return;
      }
    } while (step != BulkChunks.Step.STOP);
  }

  private boolean pause() {
    try {
      Thread.sleep(waitMillis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

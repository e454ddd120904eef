package app.emailrouting.failedrequests.control;

import app.emailrouting.failedrequests.entity.BulkKind;
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
 *
 * <p>Of the two operations worked on at once, at most one is a reroute: reroutes share the room
 * routing has (a second one would only wait beside the first), and a reroute waiting for room must
 * not hold back a delete.
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
  private final AtomicInteger reroutes = new AtomicInteger();

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

  /** Starts work on idle operations, as many as there is room for (one sweep at a time). */
  public synchronized void sweep() {
    while (working.get() < MAX_AT_ONCE) {
      var lease = chunks.leaseIdle(reroutes.get() == 0);
      if (lease.isEmpty()) {
        return;
      }
      taken(lease.get(), 1);
      try {
        executor.execute(() -> workThenFree(lease.get()));
      } catch (RejectedExecutionException e) {
        taken(lease.get(), -1);
        return;
      }
    }
  }

  private void taken(BulkChunks.Lease lease, int delta) {
    working.addAndGet(delta);
    if (lease.kind() == BulkKind.REROUTE) {
      reroutes.addAndGet(delta);
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
      taken(lease, -1);
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

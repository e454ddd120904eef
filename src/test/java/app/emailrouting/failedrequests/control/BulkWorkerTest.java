package app.emailrouting.failedrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.failedrequests.entity.BulkKind;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkWorkerTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** Idle operations in id order; a reroute always waits for room, a delete ends at once. */
  private static final class Operations extends BulkChunks {
    final List<BulkChunks.Lease> idle = new ArrayList<>();
    final Set<Long> worked = ConcurrentHashMap.newKeySet();
    final CountDownLatch deleteDone = new CountDownLatch(1);

    Operations(BulkKind... kinds) {
      for (int i = 0; i < kinds.length; i++) {
        idle.add(new BulkChunks.Lease(i + 1, kinds[i], "lease-" + (i + 1)));
      }
    }

    @Override
    public synchronized Optional<Lease> leaseIdle(boolean reroutes) {
      var next =
          idle.stream().filter(lease -> reroutes || lease.kind() == BulkKind.DELETE).findFirst();
      next.ifPresent(idle::remove);
      return next;
    }

    @Override
    public Step next(Lease lease) {
      worked.add(lease.operationId());
      if (lease.kind() == BulkKind.DELETE) {
        deleteDone.countDown();
        return Step.STOP;
      }
      return Step.WAIT;
    }
  }

  private BulkWorker worker(Operations operations) {
    var worker = new BulkWorker();
    worker.chunks = operations;
    worker.waitMillis = 20;
    worker.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> method.invoke(threads, args));
    return worker;
  }

  @Test
  void a_reroute_waiting_for_room_does_not_hold_back_a_delete() throws Exception {
    var operations = new Operations(BulkKind.REROUTE, BulkKind.REROUTE, BulkKind.DELETE);

    worker(operations).sweep();

    assertThat(operations.deleteDone.await(5, TimeUnit.SECONDS))
        .as("the delete ran beside the first reroute")
        .isTrue();
    assertThat(operations.worked).containsExactlyInAnyOrder(1L, 3L);
    assertThat(operations.idle)
        .as("the second reroute waits for the first, for a later sweep")
        .extracting(BulkChunks.Lease::operationId)
        .containsExactly(2L);
  }
}

package app.emailrouting.reliability;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Several CRM automations posting at once: a fixed set of requests, or for as long as told. */
final class Posters {

  private Posters() {}

  /**
   * Posts every external id with {@code threads} threads, spread over the instances, each retried
   * on another instance until accepted; completes with the ids accepted.
   */
  static CompletableFuture<Set<String>> postAll(Intake intake, List<String> ids, int threads) {
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CompletableFuture<?>[] workers = new CompletableFuture<?>[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = CompletableFuture.runAsync(() -> postNext(intake, ids, next, accepted), pool);
    }
    return CompletableFuture.allOf(workers)
        .thenApply(
            done -> {
              pool.shutdown();
              return accepted;
            });
  }

  private static void postNext(
      Intake intake, List<String> ids, AtomicInteger next, Set<String> accepted) {
    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
      if (intake.postUntilAccepted(i, ids.get(i))) {
        accepted.add(ids.get(i));
      }
    }
  }

  /**
   * Posts new requests ({@code prefix-n}) with {@code threads} threads, each as soon as the last is
   * answered, until {@code stop} says so; every accepted one is added to {@code accepted} and
   * counted by {@code onAccepted}, every other answer's status by {@code onRefused}.
   */
  static CompletableFuture<Void> postWhile(
      Intake intake,
      String prefix,
      int threads,
      BooleanSupplier stop,
      Set<String> accepted,
      Runnable onAccepted,
      IntConsumer onRefused) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CompletableFuture<?>[] workers = new CompletableFuture<?>[threads];
    Runnable poster = () -> postUntil(intake, prefix, next, stop, accepted, onAccepted, onRefused);
    for (int t = 0; t < threads; t++) {
      workers[t] = CompletableFuture.runAsync(poster, pool);
    }
    return CompletableFuture.allOf(workers).thenRun(pool::shutdown);
  }

  private static void postUntil(
      Intake intake,
      String prefix,
      AtomicInteger next,
      BooleanSupplier stop,
      Set<String> accepted,
      Runnable onAccepted,
      IntConsumer onRefused) {
    while (!stop.getAsBoolean()) {
      String id = prefix + "-" + next.incrementAndGet();
      Intake.Answer answer = intake.post(0, id);
      if (answer.accepted()) {
        accepted.add(id);
        onAccepted.run();
      } else {
        onRefused.accept(answer.status());
      }
    }
  }
}

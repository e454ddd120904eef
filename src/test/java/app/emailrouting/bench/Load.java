package app.emailrouting.bench;

import app.emailrouting.reliability.Intake;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** A CRM burst against the intake API: as fast as answered, or at a fixed offered rate. */
final class Load {

  /** What a load did: requests accepted and refused, over how long, and each one's latency. */
  record Outcome(int accepted, int refused, Duration elapsed, List<Long> latencyMicros) {

    double perSecond() {
      return accepted / (elapsed.toNanos() / 1e9);
    }

    /** The latency at a quantile (0.5, 0.99), in milliseconds. */
    double millisAt(double quantile) {
      if (latencyMicros.isEmpty()) {
        return Double.NaN;
      }
      var sorted = new ArrayList<>(latencyMicros);
      Collections.sort(sorted);
      int index = (int) Math.ceil(quantile * sorted.size()) - 1;
      return sorted.get(Math.max(0, index)) / 1000.0;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d accepted, %d refused in %.1f s: %.1f/s, p50 %.1f ms, p99 %.1f ms",
          accepted,
          refused,
          elapsed.toNanos() / 1e9,
          perSecond(),
          millisAt(0.5),
          millisAt(0.99));
    }
  }

  /** One call of a load, named by a unique id; true when it was accepted. */
  @FunctionalInterface
  interface Call {
    boolean send(String id);
  }

  private Load() {}

  /** {@code clients} clients, each posting to intake as soon as its last post is answered. */
  static Outcome closed(Intake intake, String prefix, int clients, Duration duration) {
    return closed(id -> intake.post(0, id).accepted(), prefix, clients, duration);
  }

  /** {@code clients} clients, each calling as soon as its last call is answered, for a while. */
  static Outcome closed(Call call, String prefix, int clients, Duration duration) {
    var accepted = new AtomicInteger();
    var refused = new AtomicInteger();
    var next = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long stop = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < stop) {
              long sent = System.nanoTime();
              boolean ok = call.send(prefix + next.getAndIncrement());
              latencies.add((System.nanoTime() - sent) / 1000);
              (ok ? accepted : refused).incrementAndGet();
            }
          });
    }
    awaitAll(pool);
    return new Outcome(
        accepted.get(), refused.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
  }

  /**
   * Requests offered at a fixed rate whatever the answers, each latency counted from when it was
   * due to be sent: a slow answer delays the ones queued behind it, as it delays a CRM.
   */
  static Outcome open(Intake intake, String prefix, int perSecond, Duration duration) {
    var accepted = new AtomicInteger();
    var refused = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long count = duration.toSeconds() * perSecond;
    ExecutorService pool = Executors.newFixedThreadPool(64);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String id = prefix + i;
      pool.execute(
          () -> {
            boolean ok = intake.post(0, id).accepted();
            latencies.add((System.nanoTime() - due) / 1000);
            (ok ? accepted : refused).incrementAndGet();
          });
    }
    awaitAll(pool);
    return new Outcome(
        accepted.get(), refused.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
  }

  private static void awaitAll(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the load did not end within 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package app.emailrouting.reliability;

import java.util.Map;
import java.util.TreeMap;

/**
 * Polls a health endpoint in the background and keeps every answer's status: a liveness check that
 * fails while Genesys misbehaves would have the platform restart a service that is fine.
 */
final class HealthWatch implements AutoCloseable {

  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  HealthWatch(ServiceInstance instance, String path) {
    thread = new Thread(() -> poll(instance, path), "health-watch-" + path);
    thread.setDaemon(true);
    thread.start();
  }

  private void poll(ServiceInstance instance, String path) {
    while (running) {
      int status = instance.status(path);
      synchronized (statuses) {
        statuses.merge(status, 1, Integer::sum);
      }
      Pause.millis(500);
    }
  }

  /** How often each status was answered (-1: no answer within 5 s). */
  Map<Integer, Integer> statuses() {
    synchronized (statuses) {
      return new TreeMap<>(statuses);
    }
  }

  /** Answers that were not 200. */
  int failures() {
    return statuses().entrySet().stream()
        .filter(entry -> entry.getKey() != 200)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}

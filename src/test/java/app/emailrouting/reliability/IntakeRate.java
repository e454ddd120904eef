package app.emailrouting.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepted POSTs per second, window by window: each accepted request counts in the window open when
 * its answer came. The windows follow each other; the last one stays open until {@link #close()}.
 */
final class IntakeRate {

  /** One window's count and length. */
  record Window(String name, int accepted, Duration length) {

    double perSecond() {
      return accepted / Math.max(0.001, length.toMillis() / 1000.0);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%d in %.1f s = %.1f/s", accepted, length.toMillis() / 1000.0, perSecond());
    }
  }

  private final List<Window> closed = new ArrayList<>();
  private volatile String name;
  private volatile Instant opened;
  private volatile AtomicInteger accepted = new AtomicInteger();

  /** Closes the open window, if any, and opens the next. */
  synchronized void open(String next) {
    close();
    name = next;
    opened = Instant.now();
    accepted = new AtomicInteger();
  }

  void accepted() {
    accepted.incrementAndGet();
  }

  synchronized void close() {
    if (name != null) {
      closed.add(new Window(name, accepted.get(), Duration.between(opened, Instant.now())));
      name = null;
    }
  }

  synchronized List<Window> windows() {
    return List.copyOf(closed);
  }

  /** The windows whose name starts with the prefix, taken as one. */
  synchronized Window combined(String prefix) {
    int count = 0;
    Duration length = Duration.ZERO;
    for (Window window : closed) {
      if (window.name().startsWith(prefix)) {
        count += window.accepted();
        length = length.plus(window.length());
      }
    }
    return new Window(prefix, count, length);
  }
}

package app.emailrouting.reliability;

/** Sleeps without a checked exception; an interrupt is kept for the caller to see. */
final class Pause {

  private Pause() {}

  static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

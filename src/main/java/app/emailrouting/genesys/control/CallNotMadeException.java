package app.emailrouting.genesys.control;

import java.time.Duration;

/**
 * A call to Genesys Cloud that was given up before anything was sent: the pacing slot was too far
 * away, the wait for it was interrupted, or no token could be had in time. The routing request is
 * not charged an attempt; it is due again after {@link #retryAfter()}.
 */
public class CallNotMadeException extends RuntimeException {

  private final Duration retryAfter;

  public CallNotMadeException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

package app.emailrouting.genesys.control;

/**
 * Genesys Cloud could not be reached, or did not answer in time. {@link #isSent()} tells whether
 * the call may have reached Genesys (a read timeout) or surely did not (a refused connection): only
 * the latter is retried within the call.
 */
public class GenesysUnreachableException extends RuntimeException {

  private final boolean sent;

  public GenesysUnreachableException(String message, boolean sent, Throwable cause) {
    super(message, cause);
    this.sent = sent;
  }

  public boolean isSent() {
    return sent;
  }

  /**
   * What a failed JAX-RS client call means: an error answer mapped further down is passed on, a
   * refused or timed-out connection is {@link NotConnected}, anything else (a read timeout, a
   * reset) may have reached Genesys.
   */
  public static RuntimeException from(jakarta.ws.rs.ProcessingException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof GenesysApiException answer) {
        return answer;
      }
      if (isNotConnected(cause)) {
        return new NotConnected("Genesys Cloud cannot be reached: " + cause.getMessage(), failure);
      }
      if (cause instanceof java.net.SocketTimeoutException) {
        return new GenesysUnreachableException(
            "Genesys Cloud did not answer in time.", true, failure);
      }
    }
    return new GenesysUnreachableException(
        "The call to Genesys Cloud failed: " + failure.getMessage(), true, failure);
  }

  private static boolean isNotConnected(Throwable cause) {
    return cause instanceof java.net.ConnectException
        || cause instanceof java.net.UnknownHostException
        || cause instanceof java.net.NoRouteToHostException
        || cause instanceof java.net.SocketTimeoutException
            && String.valueOf(cause.getMessage()).contains("connect");
  }

  /** A connection that was refused or never made: the call surely did not reach Genesys. */
  public static class NotConnected extends GenesysUnreachableException {
    public NotConnected(String message, Throwable cause) {
      super(message, false, cause);
    }
  }
}

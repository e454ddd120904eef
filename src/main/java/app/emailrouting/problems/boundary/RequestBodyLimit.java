package app.emailrouting.problems.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code intake.max-body-bytes} (256 KiB) with a 413: at once when
 * {@code Content-Length} says so, and while reading when a chunked body grows past the limit.
 *
 * <p>Up to {@value #SWALLOW_BYTES} bytes of the refused body are read and dropped first, so that a
 * client still sending its body reads the 413 instead of a reset connection; past that the
 * connection is closed.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "intake.max-body-bytes", defaultValue = "262144")
  long maxBytes;

  static final long SWALLOW_BYTES = 4L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > maxBytes) {
      swallow(request.getEntityStream());
      throw tooLarge(maxBytes);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
    }
  }

  static WebApplicationException tooLarge(long maxBytes) {
    return new WebApplicationException(
        "The body is larger than " + maxBytes + " bytes.",
        Response.status(Status.REQUEST_ENTITY_TOO_LARGE).header("Connection", "close").build());
  }

  static void swallow(InputStream body) throws IOException {
    long left = SWALLOW_BYTES;
    byte[] buffer = new byte[8192];
    int n;
    while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= n;
    }
  }

  /** Thrown inside the JSON parser when a body outgrows the limit; mapped to a 413. */
  static final class TooLargeException extends IOException {
    TooLargeException(long maxBytes) {
      super("The body is larger than " + maxBytes + " bytes.");
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long maxBytes;
    private long read;

    LimitedStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > maxBytes) {
        swallow(in);
        throw new TooLargeException(maxBytes);
      }
    }
  }
}

package app.emailrouting.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy the test controls, to take a dependency (the database) away from a running
 * service and give it back. {@link #cut()} resets every open connection (SO_LINGER 0, so the
 * service's driver reads a reset rather than an orderly end) and resets each new one at once until
 * {@link #restore()}: the service sees the database gone, not merely slow.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final ServerSocket listener;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile boolean cut;

  private TcpProxy(int port, InetSocketAddress target) throws IOException {
    this.target = target;
    listener = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on {@code port} of the loopback interface and forwards to {@code host:targetPort}. */
  public static TcpProxy start(int port, String host, int targetPort) throws IOException {
    return new TcpProxy(port, new InetSocketAddress(host, targetPort));
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Closes every open connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    cut = true;
    sockets.forEach(TcpProxy::reset);
  }

  public void restore() {
    cut = false;
  }

  /** Connections reset at once because they came while the proxy was cut. */
  public int refusedDuringCut() {
    return refused.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (cut) {
          refused.incrementAndGet();
          reset(client);
        } else {
          connect(client);
        }
      } catch (IOException closed) {
        // the listener was closed, or one connection failed: the loop checks which
      }
    }
  }

  private void connect(Socket client) {
    Socket server = new Socket();
    try {
      server.connect(target, 5_000);
    } catch (IOException unreachable) {
      reset(client);
      return;
    }
    sockets.add(client);
    sockets.add(server);
    pump(client, server);
    pump(server, client);
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(() -> copy(from, to), "tcp-proxy-" + from.getPort() + "->" + to.getPort());
    thread.setDaemon(true);
    thread.start();
  }

  private void copy(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException broken) {
      // one side went away: the other is closed below
    } finally {
      sockets.remove(from);
      sockets.remove(to);
      reset(from);
      reset(to);
    }
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException alreadyClosed) {
      // nothing to reset
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that is wanted
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    cut();
  }
}

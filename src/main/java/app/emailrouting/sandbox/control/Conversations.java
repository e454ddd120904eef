package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.EmailConversation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The email conversations the sandbox created, newest first: only the last 1,000 are kept, and no
 * more than {@link #MAX_KEPT_BYTES} of them (a create-email body may be 512,000 bytes).
 */
class Conversations {

  static final int MAX_KEPT = 1_000;
  static final long MAX_KEPT_BYTES = 8L * 1024 * 1024;

  private final Deque<EmailConversation> newestFirst = new ArrayDeque<>();
  private long bytes;

  synchronized void keep(EmailConversation conversation) {
    newestFirst.addFirst(conversation);
    bytes += conversation.request().approximateBytes();
    while (newestFirst.size() > MAX_KEPT || bytes > MAX_KEPT_BYTES && newestFirst.size() > 1) {
      bytes -= newestFirst.removeLast().request().approximateBytes();
    }
  }

  synchronized List<EmailConversation> newestFirst() {
    return List.copyOf(newestFirst);
  }

  synchronized void clear() {
    newestFirst.clear();
    bytes = 0;
  }
}

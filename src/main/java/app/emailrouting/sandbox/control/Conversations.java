package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.EmailConversation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The email conversations the sandbox created, newest first; only the last 1,000 are kept. */
class Conversations {

  static final int MAX_KEPT = 1_000;

  private final Deque<EmailConversation> newestFirst = new ArrayDeque<>();

  synchronized void keep(EmailConversation conversation) {
    newestFirst.addFirst(conversation);
    while (newestFirst.size() > MAX_KEPT) {
      newestFirst.removeLast();
    }
  }

  synchronized List<EmailConversation> newestFirst() {
    return List.copyOf(newestFirst);
  }

  synchronized void clear() {
    newestFirst.clear();
  }
}

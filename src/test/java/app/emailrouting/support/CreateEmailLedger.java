package app.emailrouting.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Genesys fake did with the create email calls of each routing request, keyed by the
 * screen pop ({@code attributes.SF_URLPop}) the service sends: how many conversations it created,
 * and whether every call got a definite answer. A call without one (500, 504, a hang, a reset, an
 * answer the client never read) may or may not have created the email for all the service knows, so
 * a duplicate after it is forgivable; a duplicate after definite answers only is a bug.
 */
public final class CreateEmailLedger {

  /** One routing request's create email calls as the fake saw them. */
  public record Entry(
      int calls, List<String> conversationIds, boolean unknownOutcome, boolean unreadable) {

    public int conversations() {
      return conversationIds.size();
    }

    /** Conversations beyond the one a routing request should make. */
    public int duplicates() {
      return Math.max(0, conversations() - 1);
    }
  }

  private static final class Calls {
    private int calls;
    private final List<String> conversationIds = new ArrayList<>();
    private boolean unknownOutcome;
    private boolean unreadable;

    synchronized Entry entry() {
      return new Entry(calls, List.copyOf(conversationIds), unknownOutcome, unreadable);
    }
  }

  private final Map<String, Calls> byScreenPop = new ConcurrentHashMap<>();

  void called(String screenPop) {
    Calls calls = calls(screenPop);
    synchronized (calls) {
      calls.calls++;
    }
  }

  void created(String screenPop, String conversationId) {
    Calls calls = calls(screenPop);
    synchronized (calls) {
      calls.conversationIds.add(conversationId);
    }
  }

  void unknownOutcome(String screenPop) {
    Calls calls = calls(screenPop);
    synchronized (calls) {
      calls.unknownOutcome = true;
    }
  }

  void unreadable(String screenPop) {
    Calls calls = calls(screenPop);
    synchronized (calls) {
      calls.unreadable = true;
    }
  }

  private Calls calls(String screenPop) {
    return byScreenPop.computeIfAbsent(String.valueOf(screenPop), key -> new Calls());
  }

  /** A snapshot: screen pop to what happened to its calls. */
  public Map<String, Entry> entries() {
    Map<String, Entry> snapshot = new ConcurrentHashMap<>();
    byScreenPop.forEach((screenPop, calls) -> snapshot.put(screenPop, calls.entry()));
    return snapshot;
  }

  public Entry entry(String screenPop) {
    Calls calls = byScreenPop.get(screenPop);
    return calls == null ? new Entry(0, List.of(), false, false) : calls.entry();
  }

  /** Conversations beyond one per routing request, over every request. */
  public int duplicates() {
    return entries().values().stream().mapToInt(Entry::duplicates).sum();
  }

  /** The screen pops of the routing requests with more than one conversation. */
  public java.util.List<String> duplicated() {
    return entries().entrySet().stream()
        .filter(entry -> entry.getValue().duplicates() > 0)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  void clear() {
    byScreenPop.clear();
  }
}

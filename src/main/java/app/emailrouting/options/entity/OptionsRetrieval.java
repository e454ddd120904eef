package app.emailrouting.options.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The last Retrieve Options, one row shared by every instance: its state and progress, and what the
 * stored set is (when it was retrieved, counts, warnings). A failed retrieval keeps the stored
 * set's facts and says what failed.
 */
@Entity
@Table(name = "options_retrieval")
public class OptionsRetrieval {

  public static final int ID = 1;
  static final int MAX_ERROR = 4000;
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final java.lang.reflect.Type WARNINGS =
      new ArrayList<OptionWarning>() {}.getClass().getGenericSuperclass();

  @Id private Integer id;

  @Enumerated(EnumType.STRING)
  private RetrievalState state;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "retrieved_at")
  private Instant retrievedAt;

  @Column(name = "queue_count")
  private long queueCount;

  @Column(name = "skill_count")
  private long skillCount;

  @Column(name = "language_count")
  private long languageCount;

  @Column(name = "flow_count")
  private long flowCount;

  @Column(length = 8000)
  private String warnings;

  @Column(length = MAX_ERROR)
  private String error;

  @Column(name = "pages_fetched")
  private int pagesFetched;

  @Column(name = "options_fetched")
  private long optionsFetched;

  @Version private long version;

  protected OptionsRetrieval() {}

  /** Whether a retrieval runs now; one started before {@code staleAfter} is taken as abandoned. */
  public boolean isRunning(Instant now, Duration staleAfter) {
    return state == RetrievalState.RUNNING && startedAt.plus(staleAfter).isAfter(now);
  }

  public void start(Instant now) {
    state = RetrievalState.RUNNING;
    startedAt = now;
    finishedAt = null;
    error = null;
    pagesFetched = 0;
    optionsFetched = 0;
  }

  public void fetched(int pages, long options) {
    pagesFetched += pages;
    optionsFetched += options;
  }

  /** The stored set was replaced by these options. */
  public void succeed(Collection<RoutingOption> options, Instant now) {
    state = RetrievalState.SUCCEEDED;
    finishedAt = now;
    retrievedAt = now;
    queueCount = count(options, OptionType.QUEUE);
    skillCount = count(options, OptionType.SKILL);
    languageCount = count(options, OptionType.LANGUAGE);
    flowCount = count(options, OptionType.INBOUND_EMAIL_FLOW);
    warnings = JSONB.toJson(OptionWarnings.of(options));
  }

  /** Nothing was replaced: the stored set and its facts stay as they were. */
  public void fail(String why, Instant now) {
    state = RetrievalState.FAILED;
    finishedAt = now;
    error = why == null || why.length() <= MAX_ERROR ? why : why.substring(0, MAX_ERROR);
  }

  private static long count(Collection<RoutingOption> options, OptionType type) {
    return options.stream().filter(option -> option.type() == type).count();
  }

  public Map<OptionType, Long> counts() {
    var counts = new EnumMap<OptionType, Long>(OptionType.class);
    counts.put(OptionType.QUEUE, queueCount);
    counts.put(OptionType.SKILL, skillCount);
    counts.put(OptionType.LANGUAGE, languageCount);
    counts.put(OptionType.INBOUND_EMAIL_FLOW, flowCount);
    return counts;
  }

  public List<OptionWarning> warnings() {
    return warnings == null
        ? List.of()
        : List.copyOf(JSONB.<List<OptionWarning>>fromJson(warnings, WARNINGS));
  }

  public RetrievalState state() {
    return state;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant retrievedAt() {
    return retrievedAt;
  }

  public String error() {
    return error;
  }

  public int pagesFetched() {
    return pagesFetched;
  }

  public long optionsFetched() {
    return optionsFetched;
  }
}

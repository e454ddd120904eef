package app.emailrouting.failedrequests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A bulk reroute or delete of the failed requests a filter matched when it started (those with an
 * id up to {@code maxId}), worked on in id order: {@code cursorId} is the last id done, so that the
 * instance that takes it over after a restart goes on from there.
 */
@Entity
@Table(name = "bulk_operation")
public class BulkOperation {

  @Id
  @SequenceGenerator(
      name = "bulk_operation_seq",
      sequenceName = "bulk_operation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_operation_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private BulkKind kind;

  @Enumerated(EnumType.STRING)
  private BulkState state;

  private String filter;

  private long matched;

  private long done;

  private long skipped;

  @Column(name = "apply_suggestions")
  private boolean applySuggestions;

  @Column(name = "max_id")
  private long maxId;

  @Column(name = "cursor_id")
  private long cursorId;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_expires_at")
  private Instant leaseExpiresAt;

  @Version private long version;

  protected BulkOperation() {}

  /** An operation on {@code matched} failed requests, the highest id of them {@code maxId}. */
  public BulkOperation(
      BulkKind kind, String filter, long matched, long maxId, String requestedBy, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    this.kind = kind;
    this.filter = filter;
    this.matched = matched;
    this.maxId = maxId;
    this.requestedBy = requestedBy;
    this.createdAt = at;
    this.updatedAt = at;
    this.state = BulkState.RUNNING;
    if (matched == 0) {
      finish(now);
    }
  }

  /** Takes this operation to work on, until the lease expires. */
  public void lease(String token, Instant until) {
    leaseOwner = token;
    leaseExpiresAt = until.truncatedTo(ChronoUnit.MICROS);
  }

  public boolean isLeasedBy(String token) {
    return state == BulkState.RUNNING && token.equals(leaseOwner);
  }

  /** Records a chunk done: {@code count} requests up to {@code lastId}. */
  public void advance(long lastId, int count, Instant now) {
    cursorId = lastId;
    done += count;
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Done to the end; the matched requests not done were no longer failed when reached. */
  public void finish(Instant now) {
    end(BulkState.DONE, now);
    skipped = Math.max(0, matched - done);
  }

  public void cancel(Instant now) {
    end(BulkState.CANCELLED, now);
  }

  private void end(BulkState end, Instant now) {
    state = end;
    finishedAt = now.truncatedTo(ChronoUnit.MICROS);
    updatedAt = finishedAt;
    leaseOwner = null;
    leaseExpiresAt = null;
  }

  /** A reroute that first applies each request's remap suggestions. */
  public BulkOperation applyingSuggestions() {
    applySuggestions = kind == BulkKind.REROUTE;
    return this;
  }

  public boolean appliesSuggestions() {
    return applySuggestions;
  }

  public boolean isRunning() {
    return state == BulkState.RUNNING;
  }

  public Long id() {
    return id;
  }

  public BulkKind kind() {
    return kind;
  }

  public BulkState state() {
    return state;
  }

  /** The filter as JSON text. */
  public String filter() {
    return filter;
  }

  public long matched() {
    return matched;
  }

  public long done() {
    return done;
  }

  public long skipped() {
    return skipped;
  }

  public long maxId() {
    return maxId;
  }

  public long cursorId() {
    return cursorId;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public long version() {
    return version;
  }
}

package app.emailrouting.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How many requests were routed by an attempt started before a moment. A routed request and its
 * routed attempt never change again and are never deleted, so this count stays true; those routed
 * since are counted live. One row, shared by every instance.
 */
@Entity
@Table(name = "routed_tally")
public class RoutedTally {

  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "counted_before")
  private Instant countedBefore;

  private long routed;

  @Version private long version;

  protected RoutedTally() {}

  /** Adds those routed from {@link #countedBefore()} up to {@code before}. */
  public void advance(Instant before, long routedMeanwhile) {
    countedBefore = before;
    routed += routedMeanwhile;
  }

  public Instant countedBefore() {
    return countedBefore;
  }

  public long routed() {
    return routed;
  }
}

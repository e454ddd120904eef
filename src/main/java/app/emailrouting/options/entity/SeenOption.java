package app.emailrouting.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A routing option Retrieve Options has listed at least once: its last name, when it was first and
 * last listed, and since when it is gone. Written by set-based SQL in {@code RoutingOptionStore};
 * read to recognize an option deleted and recreated under the same name.
 */
@Entity
@Table(name = "routing_option_seen")
@IdClass(SeenOption.Key.class)
public class SeenOption {

  @Id
  @Enumerated(EnumType.STRING)
  private OptionType type;

  @Id
  @Column(name = "genesys_id")
  private String genesysId;

  private String name;

  @Column(name = "first_seen_at")
  private Instant firstSeenAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "gone_at")
  private Instant goneAt;

  protected SeenOption() {}

  /** An option last listed under {@code name}, gone since {@code goneAt} (null: still listed). */
  public SeenOption(
      OptionType type,
      String genesysId,
      String name,
      Instant firstSeenAt,
      Instant lastSeenAt,
      Instant goneAt) {
    this.type = type;
    this.genesysId = genesysId;
    this.name = name;
    this.firstSeenAt = firstSeenAt;
    this.lastSeenAt = lastSeenAt;
    this.goneAt = goneAt;
  }

  /** The primary key: an option is its type and its Genesys id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private OptionType type;
    private String genesysId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && type == key.type
          && Objects.equals(genesysId, key.genesysId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, genesysId);
    }
  }

  public OptionType type() {
    return type;
  }

  public String genesysId() {
    return genesysId;
  }

  public String name() {
    return name;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  /** When a retrieval first no longer listed it; null while it is listed. */
  public Instant goneAt() {
    return goneAt;
  }
}

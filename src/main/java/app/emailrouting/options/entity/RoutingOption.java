package app.emailrouting.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A queue, skill, language or inbound email flow as last retrieved from Genesys Cloud. Skills and
 * languages carry Genesys' {@code state} (active, inactive, deleted); flows carry {@code active}
 * and {@code deleted}; queues are listed only while they exist.
 */
@Entity
@Table(name = "routing_option")
@NamedQuery(
    name = "RoutingOption.all",
    query = "SELECT o FROM RoutingOption o ORDER BY o.type, LOWER(o.name), o.genesysId")
@NamedQuery(name = "RoutingOption.deleteAll", query = "DELETE FROM RoutingOption o")
public class RoutingOption {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_option_seq")
  @SequenceGenerator(
      name = "routing_option_seq",
      sequenceName = "routing_option_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  private OptionType type;

  @Column(name = "genesys_id")
  private String genesysId;

  private String name;
  private String state;
  private boolean active;
  private boolean deleted;

  protected RoutingOption() {}

  public RoutingOption(
      OptionType type,
      String genesysId,
      String name,
      String state,
      boolean active,
      boolean deleted) {
    this.type = type;
    this.genesysId = genesysId;
    this.name = name;
    this.state = state;
    this.active = active;
    this.deleted = deleted;
  }

  /** A skill or language in Genesys' {@code state}; inactive or deleted when it says so. */
  public static RoutingOption withState(OptionType type, String id, String name, String state) {
    String known = state == null ? "active" : state;
    return new RoutingOption(
        type, id, name, known, "active".equalsIgnoreCase(known), "deleted".equalsIgnoreCase(known));
  }

  /** A queue: Genesys lists only existing queues, all usable. */
  public static RoutingOption queue(String id, String name) {
    return new RoutingOption(OptionType.QUEUE, id, name, null, true, false);
  }

  /**
   * An inbound email flow with Genesys' {@code active} and {@code deleted} flags; one never
   * published is {@value #UNPUBLISHED} and not usable, whatever its flags say.
   */
  public static RoutingOption flow(
      String id, String name, Boolean active, Boolean deleted, boolean published) {
    boolean isDeleted = deleted != null && deleted;
    boolean unpublished = !published && !isDeleted;
    return new RoutingOption(
        OptionType.INBOUND_EMAIL_FLOW,
        id,
        name,
        unpublished ? UNPUBLISHED : null,
        !unpublished && (active == null || active),
        isDeleted);
  }

  /** The state of a flow never published: Genesys cannot route an email through it. */
  public static final String UNPUBLISHED = "unpublished";

  public boolean isInactive() {
    return !active && !deleted && !isUnpublished();
  }

  public boolean isUnpublished() {
    return UNPUBLISHED.equals(state);
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

  public String state() {
    return state;
  }

  public boolean active() {
    return active;
  }

  public boolean deleted() {
    return deleted;
  }
}

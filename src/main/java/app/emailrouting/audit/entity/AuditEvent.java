package app.emailrouting.audit.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One thing someone did: who, what, to which target, when, with its details as JSON (the values
 * before and after an edit, the copy of a deleted request). Never changed once written.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.OF_TARGET,
    query =
        "SELECT e FROM AuditEvent e WHERE e.targetType = :targetType AND e.targetId = :targetId"
            + " ORDER BY e.at, e.id")
public class AuditEvent {

  public static final String OF_TARGET = "AuditEvent.ofTarget";
  public static final int MAX_SUMMARY = 2000;

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  private Instant at;

  private String actor;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  private String summary;

  private String details;

  protected AuditEvent() {}

  public AuditEvent(
      Instant at,
      String actor,
      AuditAction action,
      AuditTarget target,
      String summary,
      String details) {
    this.at = at.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.targetType = target.type();
    this.targetId = target.id();
    this.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
    this.details = details;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public AuditTarget target() {
    return new AuditTarget(targetType, targetId);
  }

  public String summary() {
    return summary;
  }

  /** The details as JSON text, or null. */
  public String details() {
    return details;
  }
}

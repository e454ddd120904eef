package app.emailrouting.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One routing attempt of a request and the API response it got. Never changed once recorded. */
@Entity
@Table(name = "routing_attempt")
@NamedQuery(
    name = RoutingAttempt.OF_REQUEST,
    query =
        "SELECT a FROM RoutingAttempt a WHERE a.routingRequest.id = :requestId"
            + " ORDER BY a.number")
public class RoutingAttempt {

  public static final String OF_REQUEST = "RoutingAttempt.ofRequest";

  @Id
  @SequenceGenerator(
      name = "routing_attempt_seq",
      sequenceName = "routing_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_attempt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "routing_request_id")
  private RoutingRequest routingRequest;

  @Column(name = "attempt_number")
  private int number;

  @Enumerated(EnumType.STRING)
  private AttemptOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_reason")
  private FailureReason failureReason;

  @Embedded private ApiResponse apiResponse;

  @Column(name = "duration_ms")
  private long durationMillis;

  @Column(name = "started_at")
  private Instant startedAt;

  protected RoutingAttempt() {}

  RoutingAttempt(
      RoutingRequest routingRequest,
      int number,
      AttemptOutcome outcome,
      FailureReason failureReason,
      ApiResponse apiResponse,
      Instant startedAt,
      long durationMillis) {
    this.routingRequest = routingRequest;
    this.number = number;
    this.outcome = outcome;
    this.failureReason = failureReason;
    this.apiResponse = apiResponse;
    this.startedAt = startedAt;
    this.durationMillis = durationMillis;
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public AttemptOutcome outcome() {
    return outcome;
  }

  public FailureReason failureReason() {
    return failureReason;
  }

  public ApiResponse apiResponse() {
    return apiResponse;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public long durationMillis() {
    return durationMillis;
  }
}

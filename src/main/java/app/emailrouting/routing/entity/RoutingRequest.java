package app.emailrouting.routing.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.CascadeOnDelete;

/**
 * A CRM's request to route one email to Genesys Cloud, with everything needed to route it again:
 * its routing options, the email details, its status and the last API response.
 *
 * <p>Times are kept to the microsecond, the precision both databases store, so that a time read
 * back equals the one written and keyset cursors never repeat a row.
 */
@Entity
@Table(name = "routing_request")
@NamedQuery(
    name = RoutingRequest.BY_EXTERNAL_ID,
    query = "SELECT r FROM RoutingRequest r WHERE r.externalId = :externalId")
@NamedQuery(
    name = RoutingRequest.BY_IDS,
    query = "SELECT r FROM RoutingRequest r WHERE r.id IN :ids")
public class RoutingRequest {

  public static final String BY_EXTERNAL_ID = "RoutingRequest.byExternalId";
  public static final String BY_IDS = "RoutingRequest.byIds";

  /** The code of the attempt recorded when a lease expires with its call still out. */
  public static final String LEASE_EXPIRED = "routing.lease.expired";

  @Id
  @SequenceGenerator(
      name = "routing_request_seq",
      sequenceName = "routing_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_request_seq")
  private Long id;

  @Column(name = "external_id")
  private String externalId;

  private String provider;

  @Column(name = "queue_id")
  private String queueId;

  @Column(name = "flow_id")
  private String flowId;

  @Convert(converter = JsonColumns.StringList.class)
  @Column(name = "skill_ids")
  private List<String> skillIds;

  @Column(name = "language_id")
  private String languageId;

  private Integer priority;

  @Column(name = "screen_pop_id")
  private String screenPopId;

  @Convert(converter = JsonColumns.StringMap.class)
  private Map<String, String> attributes;

  private String subject;

  @Column(name = "from_address")
  private String fromAddress;

  @Column(name = "from_name")
  private String fromName;

  @Column(name = "to_address")
  private String toAddress;

  @Column(name = "to_name")
  private String toName;

  @Enumerated(EnumType.STRING)
  private RoutingStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_reason")
  private FailureReason failureReason;

  @Column(name = "failed_attempts")
  private int failedAttempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_expires_at")
  private Instant leaseExpiresAt;

  @Column(name = "conversation_id")
  private String conversationId;

  @Embedded private ApiResponse apiResponse;

  @Version private long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "routed_at")
  private Instant routedAt;

  @Column(name = "search_text")
  private String searchText;

  // read for every request of a query at once when one needs them (a bulk delete copies them all);
  // deleted by the database with their request (ON DELETE CASCADE), not one statement each
  @OneToMany(mappedBy = "routingRequest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  @BatchFetch(BatchFetchType.IN)
  @CascadeOnDelete
  private List<RoutingAttempt> attempts = new ArrayList<>();

  protected RoutingRequest() {}

  private RoutingRequest(
      String externalId, RoutingOptions options, EmailDetails email, Instant receivedAt) {
    this.externalId = externalId;
    this.status = RoutingStatus.PENDING;
    this.createdAt = receivedAt;
    this.updatedAt = receivedAt;
    this.nextAttemptAt = receivedAt;
    applyOptions(options);
    applyEmail(email);
    indexText();
  }

  /**
   * A routing request as a CRM sent it, due for routing at once; one that names neither or both of
   * a queue and an inbound email flow is failed at once as {@link FailureReason#INVALID_FLOW}.
   */
  public static RoutingRequest receive(
      String externalId, RoutingOptions options, EmailDetails email, Instant now) {
    Instant receivedAt = now.truncatedTo(ChronoUnit.MICROS);
    var request = new RoutingRequest(externalId, options, email, receivedAt);
    new RoutingTarget(options.queueId(), options.flowId())
        .problem()
        .ifPresent(
            problem ->
                request.failWithoutCall(
                    FailureReason.INVALID_FLOW,
                    ApiResponse.local(problem.code(), problem.message(), receivedAt)));
    return request;
  }

  /** Fails this request on a check made here: an attempt that never reached Genesys Cloud. */
  void failWithoutCall(FailureReason reason, ApiResponse response) {
    addAttempt(AttemptOutcome.FAILED, reason, response, response.at(), Duration.ZERO);
    failedAttempts++;
    apiResponse = response;
    failureReason = reason;
    status = RoutingStatus.FAILED;
    nextAttemptAt = null;
    updatedAt = response.at();
    indexText();
  }

  /** Corrects the routing options of a failed request (stale queue, wrong CRM flow, ...). */
  public void correct(RoutingOptions corrected, Instant now) {
    applyOptions(corrected);
    updatedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The seed's reroute (Failed Attempts = 0): due again at once with a fresh retry schedule, its
   * history kept. Neither or both of a queue and a flow fails again at once, as at intake.
   */
  public void reroute(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    failedAttempts = 0;
    failureReason = null;
    status = RoutingStatus.PENDING;
    nextAttemptAt = at;
    updatedAt = at;
    new RoutingTarget(queueId, flowId)
        .problem()
        .ifPresent(
            problem ->
                failWithoutCall(
                    FailureReason.INVALID_FLOW,
                    ApiResponse.local(problem.code(), problem.message(), at)));
  }

  /** Takes this request for one routing attempt, until the lease expires. */
  public void claim(String leaseToken, Instant leaseUntil, Instant now) {
    status = RoutingStatus.ROUTING;
    leaseOwner = leaseToken;
    leaseExpiresAt = leaseUntil;
    updatedAt = now;
  }

  /**
   * Whether a success that comes back after its lease was taken back can still be recorded: the
   * request waits to be sent again and has not been since. Recording it spares the customer a
   * duplicate email.
   */
  public boolean awaitsLateResult() {
    if (status != RoutingStatus.PENDING || attempts.isEmpty()) {
      return false;
    }
    RoutingAttempt last = attempts.get(attempts.size() - 1);
    return last.outcome() == AttemptOutcome.UNKNOWN
        && last.apiResponse() != null
        && LEASE_EXPIRED.equals(last.apiResponse().code());
  }

  /** Whether the lease taken with this token still holds this request. */
  public boolean isLeasedBy(String leaseToken) {
    return status == RoutingStatus.ROUTING && leaseToken.equals(leaseOwner);
  }

  /**
   * Records what a routing attempt got: routed; failed for good; failed for now and due again later
   * (until the retry policy runs out); an unknown outcome, due again after a longer delay; or not
   * sent at all, which is no attempt.
   */
  public void record(
      AttemptResult result, Instant startedAt, Duration took, RetryPolicy retries, Instant now) {
    leaseOwner = null;
    leaseExpiresAt = null;
    updatedAt = now;
    if (result instanceof AttemptResult.Routed routed) {
      routed(routed, startedAt, took, now);
    } else if (result instanceof AttemptResult.Failed failed) {
      failed(failed, startedAt, took, retries, now);
    } else if (result instanceof AttemptResult.Unknown unknown) {
      unknown(unknown.apiResponse(), startedAt, took, retries, now);
    } else if (result instanceof AttemptResult.NotSent notSent) {
      due(now.plus(notSent.retryAfter()));
    }
    indexText();
  }

  /**
   * Takes back a lease that expired with its attempt still out (its instance stopped or lost the
   * database): the attempt's outcome is unknown.
   */
  public void leaseExpired(RetryPolicy retries, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    leaseOwner = null;
    leaseExpiresAt = null;
    updatedAt = at;
    unknown(
        ApiResponse.local(
            LEASE_EXPIRED,
            "The routing attempt did not come back before its lease expired (its instance stopped"
                + " or lost the database): Genesys Cloud may have created the email.",
            at),
        at,
        Duration.ZERO,
        retries,
        at);
    indexText();
  }

  private void unknown(
      ApiResponse response, Instant startedAt, Duration took, RetryPolicy retries, Instant now) {
    failedAttempts++;
    apiResponse = response;
    if (retries.allowsAnotherAttempt(failedAttempts)) {
      addAttempt(
          AttemptOutcome.UNKNOWN, FailureReason.GENESYS_UNAVAILABLE, response, startedAt, took);
      due(now.plus(retries.unknownOutcomeDelay()));
      return;
    }
    addAttempt(AttemptOutcome.FAILED, FailureReason.GENESYS_UNAVAILABLE, response, startedAt, took);
    failureReason = FailureReason.GENESYS_UNAVAILABLE;
    status = RoutingStatus.FAILED;
    nextAttemptAt = null;
  }

  private void routed(AttemptResult.Routed routed, Instant startedAt, Duration took, Instant now) {
    addAttempt(AttemptOutcome.ROUTED, null, routed.apiResponse(), startedAt, took);
    conversationId = routed.conversationId();
    apiResponse = routed.apiResponse();
    failureReason = null;
    status = RoutingStatus.ROUTED;
    routedAt = now;
    nextAttemptAt = null;
  }

  private void failed(
      AttemptResult.Failed failed,
      Instant startedAt,
      Duration took,
      RetryPolicy retries,
      Instant now) {
    failedAttempts++;
    apiResponse = failed.apiResponse();
    if (failed.isTransient() && retries.allowsAnotherAttempt(failedAttempts)) {
      addAttempt(AttemptOutcome.RETRY, failed.reason(), failed.apiResponse(), startedAt, took);
      due(retries.nextAttempt(failedAttempts, now, failed.retryAfter()));
      return;
    }
    addAttempt(AttemptOutcome.FAILED, failed.reason(), failed.apiResponse(), startedAt, took);
    failureReason = failed.reason();
    status = RoutingStatus.FAILED;
    nextAttemptAt = null;
  }

  private void due(Instant at) {
    status = RoutingStatus.PENDING;
    failureReason = null;
    nextAttemptAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  private void addAttempt(
      AttemptOutcome outcome,
      FailureReason reason,
      ApiResponse response,
      Instant startedAt,
      Duration took) {
    attempts.add(
        new RoutingAttempt(
            this, attempts.size() + 1, outcome, reason, response, startedAt, took.toMillis()));
  }

  private void applyOptions(RoutingOptions options) {
    queueId = options.queueId();
    flowId = options.flowId();
    skillIds = options.skillIds();
    languageId = options.languageId();
    priority = options.priority();
  }

  /**
   * The text a search looks in, lower-cased in one column (an index can serve it): the external id,
   * the subject, the sender and the last API response's code, message and body.
   */
  private void indexText() {
    var parts = new ArrayList<String>(List.of(externalId));
    Stream.of(subject, fromAddress, fromName).filter(Objects::nonNull).forEach(parts::add);
    if (apiResponse != null) {
      Stream.of(apiResponse.code(), apiResponse.message(), apiResponse.body())
          .filter(Objects::nonNull)
          .forEach(parts::add);
    }
    searchText = String.join("\n", parts).toLowerCase(Locale.ROOT);
  }

  private void applyEmail(EmailDetails email) {
    provider = email.provider();
    subject = email.subject();
    fromAddress = email.fromAddress();
    fromName = email.fromName();
    toAddress = email.toAddress();
    toName = email.toName();
    screenPopId = email.screenPopId();
    attributes = email.attributes();
  }

  public boolean isFailed() {
    return status == RoutingStatus.FAILED;
  }

  public Long id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public RoutingOptions options() {
    return new RoutingOptions(queueId, flowId, skillIds, languageId, priority);
  }

  public EmailDetails email() {
    return new EmailDetails(
        provider, subject, fromAddress, fromName, toAddress, toName, screenPopId, attributes);
  }

  public RoutingStatus status() {
    return status;
  }

  public FailureReason failureReason() {
    return failureReason;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public String leaseOwner() {
    return leaseOwner;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String conversationId() {
    return conversationId;
  }

  public ApiResponse apiResponse() {
    return apiResponse;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant routedAt() {
    return routedAt;
  }

  /** The attempts recorded so far, oldest first. */
  public List<RoutingAttempt> attempts() {
    return List.copyOf(attempts);
  }
}

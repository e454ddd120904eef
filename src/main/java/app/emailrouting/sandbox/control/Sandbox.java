package app.emailrouting.sandbox.control;

import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.EmailRequest;
import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.SandboxData;
import app.emailrouting.sandbox.entity.Skill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated Genesys Cloud organization: its routing options, fault switches, issued tokens and
 * created emails, shared by every simulator call and the admin API. Thread-safe: routing options
 * are an immutable snapshot, each other part guards itself, and admin edits are serialized.
 */
@ApplicationScoped
public class Sandbox {

  static final String CLIENT_CREDENTIALS = "client_credentials";
  static final String INBOUND_EMAIL = "inboundemail";

  @Inject
  @ConfigProperty(name = "sandbox.enabled", defaultValue = "true")
  boolean enabled = true;

  @Inject
  @ConfigProperty(name = "sandbox.token-lifetime-seconds", defaultValue = "86400")
  long tokenLifetimeSeconds = 86_400;

  private final Clock clock;
  private final AtomicReference<SandboxData> data = new AtomicReference<>(SeedData.data());
  private final Faults faults = new Faults();
  private final Tokens tokens = new Tokens();
  private final Conversations conversations = new Conversations();
  private final AtomicLong created = new AtomicLong();

  public Sandbox() {
    this(Clock.systemUTC());
  }

  Sandbox(Clock clock) {
    this.clock = clock;
  }

  /** False when {@code sandbox.enabled} is: then every sandbox endpoint answers 404. */
  public boolean isEnabled() {
    return enabled;
  }

  /** How long each simulator call waits before it answers. */
  public int slowMillis() {
    return faults.switches().slowMillis();
  }

  /**
   * Issues a token to the one OAuth client the sandbox knows ({@code known}: the client the Genesys
   * connection in effect calls it as), as a real org would for its client; any other is refused.
   *
   * @throws PlatformError 503 in an outage
   * @throws LoginError for other credentials, wrong ones (the fault) or an unsupported grant type
   */
  public IssuedToken login(String basicAuthorization, String grantType, ClientCredentials known) {
    faults.checkLogin();
    var credentials = ClientCredentials.fromBasic(basicAuthorization);
    if (credentials.isEmpty()
        || credentials.get().isBlank()
        || !credentials.get().matches(known)
        || faults.switches().wrongCredentials()) {
      throw LoginError.invalidClient();
    }
    if (!CLIENT_CREDENTIALS.equals(grantType)) {
      throw LoginError.unsupportedGrantType();
    }
    return tokens.issue(credentials.get().clientId(), clock.instant(), tokenLifetimeSeconds);
  }

  /**
   * Checks a Platform API call that needs no permission, in Genesys Cloud's order: an outage
   * answers nothing else, then the token, then rate limits and server errors (a call with a bad
   * token is refused before it counts against any); answers its OAuth client id.
   */
  public String authorize(String authorization) {
    faults.checkLogin();
    String clientId =
        tokens.clientOf(authorization, clock.instant(), faults.switches().expiredTokens());
    faults.checkApiCall();
    return clientId;
  }

  /** Checks a Platform API call as {@link #authorize(String)} does, then the permission. */
  public String authorize(String authorization, String permission) {
    String clientId = authorize(authorization);
    if (faults.switches().lacks(permission)) {
      throw PlatformErrors.missingPermissions(permission);
    }
    return clientId;
  }

  /**
   * Creates an email conversation once the request passes Genesys Cloud's checks, unless the {@code
   * createEmailAnswer} switch answers otherwise; {@code created.then.504} creates it and answers
   * 504, as a gateway that stopped waiting does.
   */
  public EmailConversation createEmail(EmailRequest request) {
    String answer = faults.takeCreateEmailAnswer();
    if (answer != null && !CREATED_THEN_504.equals(answer)) {
      throw PlatformErrors.createEmailAnswer(answer, request);
    }
    EmailRequestChecks.check(request, data.get());
    checkDivision(request);
    var conversation =
        new EmailConversation(UUID.randomUUID().toString(), clock.instant(), request);
    conversations.keep(conversation);
    created.incrementAndGet();
    if (answer != null) {
      throw PlatformErrors.serverError(504);
    }
    return conversation;
  }

  private static final String CREATED_THEN_504 = "created.then.504";

  /** An email to a queue in a division the OAuth client's role does not cover is refused. */
  private void checkDivision(EmailRequest request) {
    if (request.queueId() == null) {
      return;
    }
    data.get()
        .queue(request.queueId())
        .map(Queue::division)
        .filter(division -> faults.switches().lacksDivision(division))
        .ifPresent(
            division -> {
              throw PlatformErrors.divisionNotCovered(division);
            });
  }

  public Listing<Queue> queues(PageRequest page) {
    return Listing.page(data.get().queues(), page);
  }

  public Listing<Skill> skills(PageRequest page) {
    return Listing.page(data.get().skills(), page);
  }

  public Listing<Language> languages(PageRequest page) {
    return Listing.page(data.get().languages(), page);
  }

  /** The inbound email flows; deleted ones only when asked for, as Genesys Cloud lists them. */
  public Listing<InboundEmailFlow> flows(String type, boolean includeDeleted, PageRequest page) {
    if (!isInboundEmail(type)) {
      return Listing.page(List.of(), page);
    }
    var flows =
        data.get().flows().stream().filter(flow -> includeDeleted || !flow.deleted()).toList();
    return Listing.page(flows, page);
  }

  /** How many email conversations the sandbox has created since it started, resets included. */
  public long conversationsCreated() {
    return created.get();
  }

  public SandboxState state() {
    return new SandboxState(data.get(), faults.switches(), conversations.newestFirst());
  }

  /** Applies an admin's edit entirely or, when a value is bad, not at all. */
  public synchronized SandboxState update(SandboxEdit changes) {
    SandboxData changed = changes.applyTo(data.get());
    faults.update(current -> switched(current, changes.faults()));
    data.set(changed);
    if (changes.clearConversations()) {
      conversations.clear();
    }
    return state();
  }

  /** Back to the seed organization, every fault off and no conversations; tokens stay valid. */
  public synchronized SandboxState reset() {
    data.set(SeedData.data());
    faults.update(current -> FaultSwitches.OFF);
    conversations.clear();
    return state();
  }

  /** Turning expiredTokens on expires every token issued so far, not those issued afterwards. */
  private FaultSwitches switched(FaultSwitches current, UnaryOperator<FaultSwitches> change) {
    FaultSwitches next = SandboxChecks.checked(change.apply(current));
    if (next.expiredTokens() && !current.expiredTokens()) {
      tokens.expireIssued();
    }
    return next;
  }

  private static boolean isInboundEmail(String type) {
    return type == null
        || type.isBlank()
        || Arrays.stream(type.split(",")).anyMatch(INBOUND_EMAIL::equalsIgnoreCase);
  }
}

package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.basic;
import static app.emailrouting.sandbox.control.Calls.bearer;
import static app.emailrouting.sandbox.control.Calls.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.emailrouting.sandbox.entity.FaultSwitches;
import app.emailrouting.sandbox.entity.Permissions;
import app.emailrouting.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SandboxAuthorizationTest {

  private final TestClock clock = new TestClock();
  private final Sandbox sandbox = new Sandbox(clock);

  private static final ClientCredentials KNOWN = new ClientCredentials("client-1", "secret");

  private IssuedToken login() {
    return sandbox.login(basic("client-1", "secret"), "client_credentials", KNOWN);
  }

  private void switchFaults(UnaryOperator<FaultSwitches> change) {
    sandbox.update(new SandboxEdit(null, null, null, null, change, false));
  }

  private static UnaryOperator<FaultSwitches> missing(String... permissions) {
    return current ->
        new FaultSwitches(
            false, false, List.of(permissions), false, 1, 0, 0, false, 0, null, List.of());
  }

  @Test
  void the_known_client_gets_a_bearer_token_for_the_configured_lifetime() {
    sandbox.tokenLifetimeSeconds = 3_600;

    IssuedToken token = login();

    assertThat(token.accessToken()).matches("[A-Za-z0-9_-]{40,}");
    assertThat(token.expiresInSeconds()).isEqualTo(3_600);
    assertThat(token.toString()).doesNotContain(token.accessToken());
    assertThat(sandbox.authorize(bearer(token))).isEqualTo("client-1");
  }

  @Test
  void each_token_is_new() {
    assertThat(login().accessToken()).isNotEqualTo(login().accessToken());
  }

  @Test
  void blank_missing_or_other_credentials_are_an_invalid_client() {
    for (String authorization :
        List.of(
            basic("client-1", " "),
            basic("", "secret"),
            "",
            "Basic !!",
            basic("client-1", "secret2"),
            basic("client-2", "secret"),
            basic("anyone", "anything"))) {
      var error =
          catchThrowableOfType(
              LoginError.class, () -> sandbox.login(authorization, "client_credentials", KNOWN));
      assertThat(error.error()).isEqualTo("invalid_client");
      assertThat(error.description()).isEqualTo("authentication failed");
      assertThat(error.status()).isEqualTo(400);
    }
    assertThat(
            catchThrowableOfType(
                LoginError.class, () -> sandbox.login(null, "client_credentials", KNOWN)))
        .isNotNull();
  }

  @Test
  void wrong_credentials_fault_refuses_every_client() {
    switchFaults(
        current ->
            new FaultSwitches(true, false, List.of(), false, 1, 0, 0, false, 0, null, List.of()));

    var error = catchThrowableOfType(LoginError.class, this::login);

    assertThat(error.error()).isEqualTo("invalid_client");
  }

  @Test
  void another_grant_type_is_unsupported() {
    var error =
        catchThrowableOfType(
            LoginError.class, () -> sandbox.login(basic("client-1", "secret"), "password", KNOWN));

    assertThat(error.error()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void an_outage_refuses_token_requests_and_api_calls_with_503() {
    IssuedToken token = login();
    switchFaults(
        current ->
            new FaultSwitches(false, false, List.of(), false, 1, 0, 0, true, 0, null, List.of()));

    assertThat(refusal(this::login).status()).isEqualTo(503);
    assertThat(refusal(this::login).code()).isEqualTo("service.unavailable");
    assertThat(refusal(() -> sandbox.authorize(bearer(token))).status()).isEqualTo(503);
  }

  @Test
  void a_call_without_a_bearer_token_needs_authentication() {
    for (String authorization : new String[] {null, "", "Bearer ", "Basic abc"}) {
      var error = refusal(() -> sandbox.authorize(authorization));
      assertThat(error.status()).isEqualTo(401);
      assertThat(error.code()).isEqualTo("authentication.required");
    }
  }

  @Test
  void a_token_the_sandbox_did_not_issue_is_bad_credentials() {
    var error = refusal(() -> sandbox.authorize("Bearer not-a-token"));

    assertThat(error.status()).isEqualTo(401);
    assertThat(error.code()).isEqualTo("bad.credentials");
  }

  @Test
  void a_token_past_its_lifetime_is_expired() {
    sandbox.tokenLifetimeSeconds = 300;
    IssuedToken token = login();

    clock.advance(Duration.ofSeconds(299));
    assertThat(sandbox.authorize(bearer(token))).isEqualTo("client-1");
    clock.advance(Duration.ofSeconds(1));

    assertThat(refusal(() -> sandbox.authorize(bearer(token))).code())
        .isEqualTo("credentials.expired");
  }

  @Test
  void expired_tokens_fault_expires_tokens_issued_before_it_but_not_new_ones() {
    IssuedToken before = login();
    switchFaults(
        current ->
            new FaultSwitches(false, true, List.of(), false, 1, 0, 0, false, 0, null, List.of()));
    IssuedToken after = login();

    var error = refusal(() -> sandbox.authorize(bearer(before)));
    assertThat(error.status()).isEqualTo(401);
    assertThat(sandbox.authorize(bearer(after))).isEqualTo("client-1");

    switchFaults(current -> FaultSwitches.OFF);
    assertThat(sandbox.authorize(bearer(before))).isEqualTo("client-1");
  }

  @Test
  void a_missing_permission_is_a_403_naming_it() {
    IssuedToken token = login();
    switchFaults(missing(Permissions.CREATE_EMAIL, Permissions.VIEW_FLOWS));

    var error = refusal(() -> sandbox.authorize(bearer(token), Permissions.CREATE_EMAIL));

    assertThat(error.status()).isEqualTo(403);
    assertThat(error.code()).isEqualTo("missing.permissions");
    assertThat(error.messageParams()).containsValue("conversation:email:create");
    assertThat(error.getMessage())
        .endsWith("You are missing the following permission(s): conversation:email:create");
    assertThat(sandbox.authorize(bearer(token), Permissions.VIEW_QUEUES)).isEqualTo("client-1");
    assertThat(refusal(() -> sandbox.authorize(bearer(token), Permissions.VIEW_FLOWS)).status())
        .isEqualTo(403);
  }

  @Test
  void the_token_is_checked_before_the_faults_and_the_permission_as_genesys_does() {
    switchFaults(missing(Permissions.CREATE_EMAIL));
    assertThat(refusal(() -> sandbox.authorize("Bearer unknown", Permissions.CREATE_EMAIL)).code())
        .isEqualTo("bad.credentials");

    // one call to fail with a 429: a call without a token is refused first and does not count
    switchFaults(
        current ->
            new FaultSwitches(false, false, List.of(), true, 7, 0, 0, false, 1, null, List.of()));
    assertThat(refusal(() -> sandbox.authorize(null, Permissions.CREATE_EMAIL)).status())
        .isEqualTo(401);
    IssuedToken token = login();
    assertThat(refusal(() -> sandbox.authorize(bearer(token), Permissions.CREATE_EMAIL)).status())
        .isEqualTo(429);
    assertThat(sandbox.authorize(bearer(token), Permissions.CREATE_EMAIL)).isEqualTo("client-1");

    switchFaults(
        current ->
            new FaultSwitches(false, false, List.of(), false, 1, 0, 0, true, 0, null, List.of()));
    assertThat(refusal(() -> sandbox.authorize(null, Permissions.CREATE_EMAIL)).status())
        .as("an outage answers nothing else")
        .isEqualTo(503);
  }
}

package app.emailrouting.sandbox.control;

import static app.emailrouting.sandbox.control.Calls.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.sandbox.entity.FaultSwitches;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultsTest {

  private final Faults faults = new Faults();

  private static FaultSwitches rateLimited(int retryAfterSeconds, int failNextCalls) {
    return new FaultSwitches(
        false,
        false,
        List.of(),
        true,
        retryAfterSeconds,
        0,
        0,
        false,
        failNextCalls,
        null,
        List.of());
  }

  private static FaultSwitches serverError(int status, int failNextCalls) {
    return new FaultSwitches(
        false, false, List.of(), false, 1, status, 0, false, failNextCalls, null, List.of());
  }

  @Test
  void with_every_fault_off_calls_pass() {
    assertThatCode(faults::checkApiCall).doesNotThrowAnyException();
    assertThatCode(faults::checkLogin).doesNotThrowAnyException();
  }

  @Test
  void rate_limited_is_a_429_with_retry_after_and_rate_limit_headers() {
    faults.update(current -> rateLimited(7, 0));

    var error = refusal(faults::checkApiCall);

    assertThat(error.status()).isEqualTo(429);
    assertThat(error.code()).isEqualTo("too.many.requests.retry.after");
    assertThat(error.headers())
        .containsEntry("Retry-After", "7")
        .containsEntry("inin-ratelimit-allowed", "300")
        .containsEntry("inin-ratelimit-reset", "7")
        .containsKey("inin-ratelimit-count");
    assertThat(error.limit().value()).isEqualTo(300);
  }

  @Test
  void without_a_count_a_fault_fails_every_call() {
    faults.update(current -> rateLimited(1, 0));

    for (int call = 0; call < 5; call++) {
      assertThat(refusal(faults::checkApiCall).status()).isEqualTo(429);
    }
    assertThat(faults.switches().rateLimited()).isTrue();
  }

  @Test
  void with_a_count_a_fault_fails_that_many_calls_then_switches_itself_off() {
    faults.update(current -> serverError(503, 2));

    assertThat(refusal(faults::checkApiCall).status()).isEqualTo(503);
    assertThat(faults.switches().failNextCalls()).isEqualTo(1);
    assertThat(refusal(faults::checkApiCall).status()).isEqualTo(503);
    assertThatCode(faults::checkApiCall).doesNotThrowAnyException();

    assertThat(faults.switches().serverError()).isZero();
    assertThat(faults.switches().failNextCalls()).isZero();
  }

  @Test
  void one_429_then_success() {
    faults.update(current -> rateLimited(1, 1));

    assertThat(refusal(faults::checkApiCall).status()).isEqualTo(429);
    assertThatCode(faults::checkApiCall).doesNotThrowAnyException();
    assertThat(faults.switches().rateLimited()).isFalse();
  }

  @Test
  void a_count_without_a_fault_is_not_used_up() {
    faults.update(current -> serverError(0, 3));

    assertThatCode(faults::checkApiCall).doesNotThrowAnyException();
    assertThat(faults.switches().failNextCalls()).isEqualTo(3);
  }

  @Test
  void server_errors_carry_genesys_codes() {
    assertThat(PlatformErrors.serverError(500).code()).isEqualTo("internal.server.error");
    assertThat(PlatformErrors.serverError(502).code()).isEqualTo("service.unavailable");
    assertThat(PlatformErrors.serverError(503).code()).isEqualTo("service.unavailable");
    assertThat(PlatformErrors.serverError(504).code()).isEqualTo("request.timeout");
    assertThat(PlatformErrors.serverError(502).status()).isEqualTo(502);
  }

  @Test
  void rate_limits_and_server_errors_spare_token_requests_but_an_outage_does_not() {
    faults.update(current -> rateLimited(1, 0));
    assertThatCode(faults::checkLogin).doesNotThrowAnyException();

    faults.update(
        current ->
            new FaultSwitches(false, false, List.of(), false, 1, 0, 0, true, 0, null, List.of()));
    assertThat(refusal(faults::checkLogin).status()).isEqualTo(503);
  }

  @Test
  void exactly_the_counted_calls_fail_among_concurrent_calls() throws Exception {
    faults.update(current -> rateLimited(1, 25));
    var failed = new AtomicInteger();

    var threads = Executors.newFixedThreadPool(16);
    for (int call = 0; call < 400; call++) {
      threads.submit(() -> countFailure(failed));
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(failed).hasValue(25);
    assertThat(faults.switches().failsCalls()).isFalse();
  }

  private void countFailure(AtomicInteger failed) {
    try {
      faults.checkApiCall();
    } catch (PlatformError e) {
      failed.incrementAndGet();
    }
  }

  @Test
  void a_refused_change_leaves_the_switches_as_they_were() {
    faults.update(current -> rateLimited(1, 0));

    assertThatThrownBy(
            () ->
                faults.update(
                    current -> {
                      throw new IllegalArgumentException("refused");
                    }))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(faults.switches().rateLimited()).isTrue();
  }
}

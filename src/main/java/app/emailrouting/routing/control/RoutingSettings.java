package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retry policy of transient failures and unknown outcomes, from configuration. */
@ApplicationScoped
public class RoutingSettings {

  @Inject
  @ConfigProperty(name = "routing.max-attempts", defaultValue = "3")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "routing.backoff.initial-ms", defaultValue = "5000")
  long initialMillis;

  @Inject
  @ConfigProperty(name = "routing.backoff.multiplier", defaultValue = "3")
  double multiplier;

  @Inject
  @ConfigProperty(name = "routing.backoff.max-ms", defaultValue = "900000")
  long maxMillis;

  @Inject
  @ConfigProperty(name = "routing.backoff.jitter", defaultValue = "0.2")
  double jitter;

  @Inject
  @ConfigProperty(name = "routing.unknown-outcome-delay-ms", defaultValue = "120000")
  long unknownOutcomeMillis;

  /** Dependent: a record cannot be proxied, and the values do not change at run time. */
  @Produces
  RetryPolicy retryPolicy() {
    return new RetryPolicy(
        maxAttempts,
        Duration.ofMillis(initialMillis),
        multiplier,
        Duration.ofMillis(maxMillis),
        jitter,
        Duration.ofMillis(unknownOutcomeMillis));
  }
}

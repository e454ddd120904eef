package app.emailrouting.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.routing.entity.RoutingStatus;
import app.emailrouting.support.Deployments;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store inside the running service, on its real database. */
@ExtendWith(ArquillianExtension.class)
class RoutingRequestStoreIT {

  @Deployment
  static WebArchive service() {
    return Deployments.service()
        .addClass(RoutingRequestStoreIT.class)
        .addAsLibrary(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }

  @Inject RoutingRequestStore store;
  @Inject RoutingRequestIntake intake;

  private static RoutingRequest request(String externalId, Instant at) {
    return RoutingRequest.receive(
        externalId,
        new RoutingOptions("queue", null, List.of("skill"), null, 3),
        new EmailDetails(null, "subject", null, null, null, "pop", Map.of("k", "v")),
        at);
  }

  @Test
  void keyset_pages_never_repeat_or_skip_requests_received_in_the_same_microsecond() {
    String marker = "tie-" + UUID.randomUUID();
    Instant sameTime = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(store.insert(request(marker + "-" + i, sameTime)).id());
    }

    List<Long> seen = new ArrayList<>();
    Optional<ListCursor> after = Optional.empty();
    do {
      var page =
          store.list(
              new RoutingRequestQuery(
                  Optional.empty(), Optional.empty(), Optional.of(marker), after, 2));
      page.items().forEach(request -> seen.add(request.id()));
      after = page.next();
    } while (after.isPresent());

    assertThat(seen)
        .containsExactlyElementsOf(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList());
  }

  @Test
  void a_stored_request_reads_back_with_every_field_and_its_attempts() {
    String externalId = "fields-" + UUID.randomUUID();
    var stored = store.insert(request(externalId, Instant.now()));

    var read = store.find(stored.id()).orElseThrow();
    assertThat(read.externalId()).isEqualTo(externalId);
    assertThat(stored.status()).isEqualTo(RoutingStatus.PENDING);
    assertThat(read.options()).isEqualTo(stored.options());
    assertThat(read.email()).isEqualTo(stored.email());
    assertThat(read.createdAt()).isEqualTo(stored.createdAt());
    assertThat(store.findByExternalId(externalId)).map(RoutingRequest::id).contains(stored.id());
  }

  @Test
  void intake_returns_the_stored_request_for_a_known_external_id() {
    String externalId = "twice-" + UUID.randomUUID();
    var first = intake.accept(request(externalId, Instant.now()));
    var second = intake.accept(request(externalId, Instant.now()));

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.request().id()).isEqualTo(first.request().id());
  }

  @Inject app.emailrouting.genesys.control.ConnectionSettingsStore connection;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Test
  void the_client_secret_is_stored_encrypted_and_reads_back() {
    String secret = "plain-" + UUID.randomUUID();
    var stored =
        connection.change(
            app.emailrouting.genesys.control.ConnectionChange.of(
                "sandbox", null, null, "client", secret));

    Object column =
        em.createNativeQuery("SELECT client_secret_encrypted FROM genesys_connection")
            .getSingleResult();
    assertThat(String.valueOf(column)).doesNotContain(secret).startsWith("v1:");
    assertThat(connection.clientSecret(stored)).contains(secret);
    connection.change(
        app.emailrouting.genesys.control.ConnectionChange.of("sandbox", null, null, null, ""));
  }

  @Test
  void a_failed_request_keeps_its_attempt_with_the_api_response() {
    var failed =
        store.insert(
            RoutingRequest.receive(
                "no-target-" + UUID.randomUUID(),
                new RoutingOptions(null, null, null, null, null),
                new EmailDetails(null, null, null, null, null, null, null),
                Instant.now()));

    var attempts = store.attemptsOf(failed.id());
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).apiResponse().code()).isEqualTo("queue.or.flow.required");
    assertThat(store.find(failed.id()).orElseThrow().apiResponse().code())
        .isEqualTo("queue.or.flow.required");
  }
}

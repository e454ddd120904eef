package app.emailrouting.failedrequests.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.audit.control.AuditEventStore;
import app.emailrouting.audit.entity.AuditTarget;
import app.emailrouting.failedrequests.entity.BulkKind;
import app.emailrouting.failedrequests.entity.BulkOperation;
import app.emailrouting.failedrequests.entity.BulkState;
import app.emailrouting.routing.control.RoutingRequestStore;
import app.emailrouting.routing.entity.EmailDetails;
import app.emailrouting.routing.entity.RoutingOptions;
import app.emailrouting.routing.entity.RoutingRequest;
import app.emailrouting.support.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk operations inside the running service, on its real database: an instance that stops mid-run
 * (its lease left to expire) and a cancel between two chunks. The test holds the operation's lease
 * itself, as another instance would, so it decides when each chunk runs.
 */
@ExtendWith(ArquillianExtension.class)
class BulkOperationsIT {

  @Deployment
  static WebArchive service() {
    return Deployments.service()
        .addClasses(BulkOperationsIT.class, Transactions.class)
        .addAsLibrary(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }

  @Inject BulkOperations operations;
  @Inject BulkChunks chunks;
  @Inject RoutingRequestStore requests;
  @Inject AuditEventStore audit;
  @Inject Transactions transactions;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bulk.chunk-size")
  int chunk;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "genesys.rate-limit.per-minute")
  int perMinute;

  @PersistenceContext EntityManager em;

  /** Failed requests (neither queue nor flow: a reroute fails them again, without Genesys). */
  private List<Long> failed(String marker, int count) throws Exception {
    var ids = new ArrayList<Long>();
    inTransaction(
        () -> {
          for (int i = 0; i < count; i++) {
            var request =
                RoutingRequest.receive(
                    marker + "-" + UUID.randomUUID(),
                    new RoutingOptions(null, null, null, null, null),
                    new EmailDetails(null, marker, null, null, null, null, null),
                    Instant.now());
            em.persist(request);
            em.flush();
            ids.add(request.id());
          }
          return null;
        });
    return ids;
  }

  /** Starts an operation already leased by this test, as if another instance had taken it. */
  private BulkChunks.Lease startLeased(BulkKind kind, String marker) throws Exception {
    String token = "test-" + UUID.randomUUID();
    long id =
        inTransaction(
            () -> {
              var operation =
                  operations.start(kind, new BulkFilter(null, null, marker, null, null));
              operation.lease(token, Instant.now().plus(Duration.ofHours(1)));
              return operation.id();
            });
    return new BulkChunks.Lease(id, kind, token);
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    return transactions.run(work);
  }

  /** Runs test work in a transaction of its own. */
  @ApplicationScoped
  public static class Transactions {
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Callable<T> work) throws Exception {
      return work.call();
    }
  }

  private BulkOperation read(long id) {
    return operations.find(id).orElseThrow();
  }

  private int rerouteEvents(long requestId) {
    return (int)
        audit.of(AuditTarget.routingRequest(requestId)).stream()
            .filter(event -> event.summary().startsWith("Rerouted by bulk operation"))
            .count();
  }

  @Test
  void an_operation_whose_instance_stopped_is_taken_over_and_goes_on_from_its_last_chunk()
      throws Exception {
    String marker = "restart-" + UUID.randomUUID();
    // a reroute's chunk is at most what Genesys takes in a minute
    int first = Math.min(chunk, perMinute);
    int total = first + first / 2;
    List<Long> ids = failed(marker, total);
    var lease = startLeased(BulkKind.REROUTE, marker);

    // the first instance does one chunk, then stops without a word
    assertThat(chunks.next(lease)).isEqualTo(BulkChunks.Step.NEXT);
    assertThat(read(lease.operationId()).done()).isEqualTo(first);
    inTransaction(
        () ->
            em.createNativeQuery("UPDATE bulk_operation SET lease_expires_at = ?1 WHERE id = ?2")
                .setParameter(1, Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
                .setParameter(2, lease.operationId())
                .executeUpdate());

    // the scheduled sweep of this instance takes it over
    Instant end = Instant.now().plusSeconds(30);
    while (read(lease.operationId()).state() == BulkState.RUNNING && Instant.now().isBefore(end)) {
      Thread.sleep(100);
    }
    var finished = read(lease.operationId());
    assertThat(finished.state()).isEqualTo(BulkState.DONE);
    assertThat(finished.matched()).isEqualTo(total);
    assertThat(finished.done()).isEqualTo(total);
    assertThat(ids)
        .allSatisfy(id -> assertThat(rerouteEvents(id)).as("request " + id).isEqualTo(1));
    assertThat(requests.find(ids.get(0)).orElseThrow().attempts())
        .as("rerouted once: its first failure and the one after the reroute")
        .hasSize(2);
    assertThat(chunks.next(lease))
        .as("the old lease is worth nothing")
        .isEqualTo(BulkChunks.Step.STOP);
  }

  @Test
  void a_cancel_is_seen_before_the_next_chunk_and_keeps_what_was_done() throws Exception {
    String marker = "cancel-" + UUID.randomUUID();
    List<Long> ids = failed(marker, chunk + chunk / 2);
    var lease = startLeased(BulkKind.DELETE, marker);
    assertThat(chunks.next(lease)).isEqualTo(BulkChunks.Step.NEXT);

    var cancelled = operations.cancel(lease.operationId());

    assertThat(cancelled.state()).isEqualTo(BulkState.CANCELLED);
    assertThat(chunks.next(lease)).isEqualTo(BulkChunks.Step.STOP);
    var after = read(lease.operationId());
    assertThat(after.done()).isEqualTo(chunk);
    assertThat(requests.find(ids.get(0))).as("deleted in the chunk before the cancel").isEmpty();
    assertThat(requests.find(ids.get(ids.size() - 1))).as("never reached").isPresent();
  }

  @Test
  void requests_failed_after_the_start_are_not_part_of_the_operation() throws Exception {
    String marker = "snapshot-" + UUID.randomUUID();
    failed(marker, 3);
    var lease = startLeased(BulkKind.DELETE, marker);
    List<Long> later = failed(marker, 2);

    while (chunks.next(lease) == BulkChunks.Step.NEXT) {
      // chunk after chunk
    }

    assertThat(read(lease.operationId()).done()).isEqualTo(3);
    assertThat(later).allSatisfy(id -> assertThat(requests.find(id)).isPresent());
  }
}

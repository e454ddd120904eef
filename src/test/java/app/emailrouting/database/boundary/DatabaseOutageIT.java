package app.emailrouting.database.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.support.Api;
import app.emailrouting.support.Api.Answer;
import app.emailrouting.support.Deployments;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.h2.tools.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service on a database server that goes away and comes back: 503 problems while it is gone
 * (nothing half-stored, the CRM posts again), and back to normal without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  private static Server database;

  @Deployment(testable = false)
  @TargetsContainer("database-outage")
  static WebArchive service() throws SQLException {
    startDatabase();
    return Deployments.service();
  }

  private static void startDatabase() throws SQLException {
    database =
        Server.createTcpServer(
                "-tcpPort",
                System.getProperty("outage.h2.port", "19092"),
                "-baseDir",
                System.getProperty("outage.h2.dir", "target/it-data/outage"),
                "-ifNotExists")
            .start();
  }

  @AfterAll
  static void stopDatabase() {
    if (database != null) {
      database.stop();
    }
  }

  @ArquillianResource URL base;

  @Test
  void an_outage_answers_503_problems_and_the_service_recovers_when_the_database_is_back()
      throws SQLException {
    Api api = new Api(base);
    Api root = api.root();
    String before = "{\"externalId\": \"%s\", \"queueId\": \"q\"}".formatted(UUID.randomUUID());
    assertThat(api.post("api/routing-requests", before).status()).isEqualTo(202);

    database.stop();
    String during = "{\"externalId\": \"%s\", \"queueId\": \"q\"}".formatted(UUID.randomUUID());
    for (Answer answer :
        List.of(
            api.post("api/routing-requests", during),
            api.get("api/routing-requests"),
            api.get("api/routing-requests/summary"))) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().getString("type")).isEqualTo("/problems/database-unavailable");
      assertThat(answer.header("Retry-After")).isPresent();
      assertThat(answer.text()).doesNotContain("Exception", "jdbc:", "\tat ");
    }
    Answer notReady = root.get("health/ready");
    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.text()).contains("\"database\"").contains("DOWN");
    assertThat(root.get("health/live").status()).isEqualTo(200);
    Api.pause(1500); // several routing sweeps fail meanwhile: the container would drop their timer

    startDatabase();
    Answer retried = api.post("api/routing-requests", during);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
    assertThat(root.get("health/ready").status()).isEqualTo(200);
    assertThat(api.post("api/routing-requests", before).status()).isEqualTo(200);
    // a sweep every second: one within the last two after three, where a dropped timer's last
    // sweep would be older than the whole outage
    Api.pause(3000);
    assertThat(sinceLastSweepMillis(root.get("health/ready")))
        .as("the routing sweep still runs after failing throughout the outage")
        .isLessThan(2000);
    assertThat(root.get("metrics").text())
        .containsPattern("schedule_failures_total\\{[^}]*routing-sweep");
  }

  private static long sinceLastSweepMillis(Answer ready) {
    var value =
        ready.json().getJsonArray("checks").stream()
            .map(check -> check.asJsonObject())
            .filter(check -> check.getString("name").equals("routing"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("data")
            .get("sinceLastSweepMs");
    return Long.parseLong(
        value instanceof jakarta.json.JsonString text ? text.getString() : value.toString());
  }
}

package app.emailrouting.sandbox.boundary;

import static app.emailrouting.sandbox.boundary.WrittenJson.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.sandbox.control.IssuedToken;
import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.EmailRequest;
import app.emailrouting.sandbox.entity.FlowVersion;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.Skill;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlatformJsonTest {

  @Test
  void a_token_answer_has_the_oauth_member_names() {
    var json = parsed(PlatformJson.token(new IssuedToken("opaque", 86_400)));

    assertThat(json.keySet()).containsExactly("access_token", "token_type", "expires_in");
    assertThat(json.getString("token_type")).isEqualTo("bearer");
    assertThat(json.getInt("expires_in")).isEqualTo(86_400);
  }

  @Test
  void a_created_email_answers_its_id_no_other_media_and_its_self_uri() {
    var request =
        new EmailRequest(
            "q", null, "Salesforce", null, null, null, null, null, null, null, null, null, null);
    var conversation = new EmailConversation("c-1", Instant.EPOCH, request);

    var json = parsed(PlatformJson.createdEmail(conversation));

    assertThat(json.getString("id")).isEqualTo("c-1");
    assertThat(json.getJsonArray("otherMediaUris")).isEmpty();
    assertThat(json.getString("selfUri")).isEqualTo("/api/v2/conversations/emails/c-1");
  }

  @Test
  void tokens_me_names_the_organization_and_the_oauth_client_with_a_capitalized_key() {
    var json = parsed(PlatformJson.tokenOwner("client-9"));

    assertThat(json.getJsonObject("organization").getString("name")).isEqualTo("Sandbox Org");
    assertThat(json.getJsonObject("organization").getString("id"))
        .isEqualTo(SeedData.ORGANIZATION_ID);
    var client = json.getJsonObject("OAuthClient");
    assertThat(client.getString("id")).isEqualTo("client-9");
    assertThat(client.getJsonArray("roleDivisions").getJsonObject(0).keySet())
        .containsExactly("roleId", "divisionId");
  }

  @Test
  void a_flow_is_an_inbound_email_flow_with_its_published_version() {
    var flow = new InboundEmailFlow("f", "Triage", true, false, new FlowVersion("3.0", "3.0"));

    var json = parsed(PlatformJson.flow(flow));

    assertThat(json.keySet())
        .containsExactly("id", "name", "type", "active", "deleted", "publishedVersion");
    assertThat(json.getString("type")).isEqualTo("INBOUNDEMAIL");
    assertThat(json.getBoolean("active")).isTrue();
    assertThat(json.getJsonObject("publishedVersion").getString("name")).isEqualTo("3.0");
  }

  @Test
  void a_skill_has_its_state() {
    var json = parsed(PlatformJson.skill(new Skill("s", "Refunds", null)));

    assertThat(json.keySet()).containsExactly("id", "name", "state");
    assertThat(json.getString("state")).isEqualTo("active");
  }

  @Test
  void a_queue_names_its_division_unless_it_is_the_home_one() {
    var europe = parsed(PlatformJson.queue(new Queue("q1", "Support Europe", "Europe")));
    var home = parsed(PlatformJson.queue(new Queue("q2", "Support", null)));

    assertThat(europe.getJsonObject("division").getString("name")).isEqualTo("Europe");
    assertThat(home.keySet()).containsExactly("id", "name");
  }
}

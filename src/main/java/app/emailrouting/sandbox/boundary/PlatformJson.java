package app.emailrouting.sandbox.boundary;

import app.emailrouting.sandbox.control.IssuedToken;
import app.emailrouting.sandbox.control.SeedData;
import app.emailrouting.sandbox.entity.EmailConversation;
import app.emailrouting.sandbox.entity.FlowVersion;
import app.emailrouting.sandbox.entity.InboundEmailFlow;
import app.emailrouting.sandbox.entity.Language;
import app.emailrouting.sandbox.entity.Queue;
import app.emailrouting.sandbox.entity.Skill;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** The success bodies of the simulated Genesys Cloud calls, member for member. */
final class PlatformJson {

  static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  static final String FLOW_TYPE = "INBOUNDEMAIL";

  private PlatformJson() {}

  static JsonObject token(IssuedToken token) {
    return JSON.createObjectBuilder()
        .add("access_token", token.accessToken())
        .add("token_type", "bearer")
        .add("expires_in", token.expiresInSeconds())
        .build();
  }

  static JsonObject createdEmail(EmailConversation conversation) {
    return JSON.createObjectBuilder()
        .add("id", conversation.id())
        .add("otherMediaUris", JSON.createArrayBuilder())
        .add("selfUri", conversation.selfUri())
        .build();
  }

  /**
   * {@code GET /api/v2/tokens/me}: note the key {@code OAuthClient}, capitals as Genesys has it.
   */
  static JsonObject tokenOwner(String clientId) {
    var roleDivision =
        JSON.createObjectBuilder()
            .add("roleId", SeedData.ROLE_ID)
            .add("divisionId", SeedData.HOME_DIVISION_ID);
    return JSON.createObjectBuilder()
        .add("organization", named(SeedData.ORGANIZATION_ID, SeedData.ORGANIZATION_NAME))
        .add(
            "OAuthClient",
            named(clientId, SeedData.OAUTH_CLIENT_NAME)
                .add("roleDivisions", JSON.createArrayBuilder().add(roleDivision)))
        .build();
  }

  /** A queue, with its division when it is not the home one. */
  static JsonObject queue(Queue queue) {
    var json = named(queue.id(), queue.name());
    if (queue.division() != null) {
      json.add("division", Json.createObjectBuilder().add("name", queue.division()));
    }
    return json.build();
  }

  static JsonObject skill(Skill skill) {
    return named(skill.id(), skill.name()).add("state", skill.state()).build();
  }

  static JsonObject language(Language language) {
    return named(language.id(), language.name()).add("state", language.state()).build();
  }

  static JsonObject flow(InboundEmailFlow flow) {
    var json =
        named(flow.id(), flow.name())
            .add("type", FLOW_TYPE)
            .add("active", flow.active())
            .add("deleted", flow.deleted());
    if (flow.publishedVersion() != null) {
      json.add("publishedVersion", version(flow.publishedVersion()));
    }
    return json.build();
  }

  private static JsonObjectBuilder version(FlowVersion version) {
    return named(version.id(), version.name());
  }

  private static JsonObjectBuilder named(String id, String name) {
    return JSON.createObjectBuilder().add("id", id).add("name", name);
  }
}

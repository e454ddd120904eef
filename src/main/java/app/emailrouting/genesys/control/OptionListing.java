package app.emailrouting.genesys.control;

import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RoutingOption;
import jakarta.ws.rs.core.Response;

/** The Genesys listing each routing option type is read from, and how its entities translate. */
public enum OptionListing {
  QUEUES("GET /api/v2/routing/queues", GenesysPermission.VIEW_QUEUES),
  SKILLS("GET /api/v2/routing/skills", GenesysPermission.VIEW_SKILLS),
  /** Needs no permission: Genesys has no {@code routing:language:view}. */
  LANGUAGES("GET /api/v2/routing/languages", null),
  INBOUND_EMAIL_FLOWS("GET /api/v2/flows?type=inboundemail", GenesysPermission.VIEW_FLOWS);

  static final String INBOUND_EMAIL = "inboundemail";

  private final String call;
  private final GenesysPermission permission;

  OptionListing(String call, GenesysPermission permission) {
    this.call = call;
    this.permission = permission;
  }

  static OptionListing of(OptionType type) {
    return switch (type) {
      case QUEUE -> QUEUES;
      case SKILL -> SKILLS;
      case LANGUAGE -> LANGUAGES;
      case INBOUND_EMAIL_FLOW -> INBOUND_EMAIL_FLOWS;
    };
  }

  /** The call, as the admin reads it in a failure: {@code GET /api/v2/routing/queues}. */
  String call() {
    return call;
  }

  /** The permission Genesys documents for the call, or null when it needs none. */
  GenesysPermission permission() {
    return permission;
  }

  Response page(PlatformClient client, String bearer, int pageNumber, int pageSize) {
    return switch (this) {
      case QUEUES -> client.queues(bearer, pageNumber, pageSize);
      case SKILLS -> client.skills(bearer, pageNumber, pageSize);
      case LANGUAGES -> client.languages(bearer, pageNumber, pageSize);
      case INBOUND_EMAIL_FLOWS -> client.flows(bearer, INBOUND_EMAIL, pageNumber, pageSize);
    };
  }

  RoutingOption option(EntityListing.ListedEntity entity) {
    return switch (this) {
      case QUEUES -> RoutingOption.queue(entity.id(), entity.name());
      case SKILLS ->
          RoutingOption.withState(OptionType.SKILL, entity.id(), entity.name(), entity.state());
      case LANGUAGES ->
          RoutingOption.withState(OptionType.LANGUAGE, entity.id(), entity.name(), entity.state());
      case INBOUND_EMAIL_FLOWS ->
          RoutingOption.flow(
              entity.id(),
              entity.name(),
              entity.active(),
              entity.deleted(),
              entity.publishedVersion() != null);
    };
  }
}

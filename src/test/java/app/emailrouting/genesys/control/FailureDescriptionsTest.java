package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.options.entity.OptionType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureDescriptionsTest {

  private static final GenesysConnection CONNECTION =
      new GenesysConnection(
          "mypurecloud.de",
          java.net.URI.create("https://api.mypurecloud.de"),
          java.net.URI.create("https://login.mypurecloud.de"),
          "client",
          "secret");

  private static String describe(OptionListing listing, RuntimeException failure) {
    return GenesysFailures.describe(CONNECTION, listing.call(), listing.permission(), failure);
  }

  private static GenesysApiException api(
      int status, String code, String message, Map<String, String> params) {
    return new GenesysApiException(
        GenesysApiException.Endpoint.API, status, code, message, params, "{}", "corr-1", null);
  }

  @Test
  void a_403_names_the_permission_genesys_named() {
    var answer =
        api(
            403,
            "missing.permissions",
            "Unable to perform the requested action. You are missing the following permission(s):"
                + " architect:flow:view",
            Map.of("permissions", "architect:flow:view"));

    String detail = describe(OptionListing.INBOUND_EMAIL_FLOWS, answer);

    assertThat(detail)
        .startsWith(
            "Genesys Cloud answered 403 missing.permissions to GET /api/v2/flows?type=inboundemail")
        .contains("correlation id corr-1")
        .contains("Missing permission: architect:flow:view.")
        .endsWith(GenesysFailures.TAKES_EFFECT);
  }

  @Test
  void a_403_without_params_names_the_documented_permission() {
    var answer = api(403, "not.authorized", "You are not authorized.", Map.of());

    assertThat(describe(OptionListing.QUEUES, answer))
        .contains("The call needs the permission routing:queue:view.")
        .endsWith(GenesysFailures.TAKES_EFFECT);
  }

  @Test
  void refused_credentials_say_so() {
    var answer =
        new GenesysApiException(
            GenesysApiException.Endpoint.LOGIN,
            401,
            "invalid_client",
            "client not found",
            null,
            null,
            null,
            null);

    assertThat(describe(OptionListing.SKILLS, answer))
        .startsWith(
            "The token endpoint login.mypurecloud.de refused the OAuth client credentials (401"
                + " invalid_client: client not found).")
        .contains("region (mypurecloud.de)");
  }

  @Test
  void an_unreachable_genesys_names_the_call() {
    var unreachable =
        new GenesysUnreachableException.NotConnected(
            "Genesys Cloud cannot be reached: refused", null);

    assertThat(describe(OptionListing.LANGUAGES, unreachable))
        .isEqualTo(
            "GET /api/v2/routing/languages failed: Genesys Cloud cannot be reached: refused");
  }

  @Test
  void each_option_type_reads_its_listing_and_translates_its_flags() {
    var skill = new EntityListing.ListedEntity("s1", "Refunds", "deleted", null, null, null);
    var published = new EntityListing.FlowVersion("2.0", "2.0");
    var flow = new EntityListing.ListedEntity("f1", "Triage", null, false, false, published);
    var draft = new EntityListing.ListedEntity("f2", "Draft", null, true, false, null);

    assertThat(OptionListing.of(OptionType.SKILL).option(skill).deleted()).isTrue();
    assertThat(OptionListing.of(OptionType.INBOUND_EMAIL_FLOW).option(flow).isInactive()).isTrue();
    assertThat(OptionListing.of(OptionType.INBOUND_EMAIL_FLOW).option(draft).isUnpublished())
        .isTrue();
    assertThat(OptionListing.of(OptionType.QUEUE).option(skill).type()).isEqualTo(OptionType.QUEUE);
  }
}

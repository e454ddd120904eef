package app.emailrouting.genesys.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenesysRegionTest {

  @Test
  void a_region_is_found_by_name_or_by_domain() {
    assertThat(GenesysRegion.of("eu-west-1")).contains(GenesysRegion.EU_WEST_1);
    assertThat(GenesysRegion.of("mypurecloud.ie")).contains(GenesysRegion.EU_WEST_1);
    assertThat(GenesysRegion.of(" EU-WEST-1 ")).contains(GenesysRegion.EU_WEST_1);
    assertThat(GenesysRegion.of("mars-north-1")).isEmpty();
  }

  @Test
  void a_region_is_found_by_a_host_or_url_of_its_domain_as_admins_copy_them() {
    assertThat(GenesysRegion.of("apps.mypurecloud.ie")).contains(GenesysRegion.EU_WEST_1);
    assertThat(GenesysRegion.of("https://login.mypurecloud.de/oauth/token"))
        .contains(GenesysRegion.EU_CENTRAL_1);
    assertThat(GenesysRegion.of("https://api.mypurecloud.com.au:443"))
        .as("not us-east-1's mypurecloud.com")
        .contains(GenesysRegion.AP_SOUTHEAST_2);
    assertThat(GenesysRegion.of("api.mypurecloud.com")).contains(GenesysRegion.US_EAST_1);
    assertThat(GenesysRegion.of("notmypurecloud.ie")).isEmpty();
  }

  @Test
  void the_pure_cloud_alias_of_an_older_region_names_it_and_its_own_domain_is_called() {
    assertThat(GenesysRegion.of("euw1.pure.cloud")).contains(GenesysRegion.EU_WEST_1);
    assertThat(GenesysRegion.of("https://login.use1.pure.cloud/"))
        .contains(GenesysRegion.US_EAST_1);
    assertThat(GenesysRegion.of("apps.euc1.pure.cloud")).contains(GenesysRegion.EU_CENTRAL_1);
    assertThat(GenesysRegion.of("api.apse2.pure.cloud")).contains(GenesysRegion.AP_SOUTHEAST_2);
    assertThat(GenesysRegion.of("apne1.pure.cloud")).contains(GenesysRegion.AP_NORTHEAST_1);
    assertThat(GenesysRegion.of("apne1.pure.cloud").orElseThrow().apiBase())
        .isEqualTo("https://api.mypurecloud.jp");
    assertThat(GenesysRegion.of("euw9.pure.cloud")).as("no such region").isEmpty();
    assertThat(GenesysRegion.of("pure.cloud")).isEmpty();
  }

  @Test
  void there_are_the_seventeen_regions_with_their_hosts() {
    assertThat(GenesysRegion.values()).hasSize(17);
    assertThat(GenesysRegion.AP_SOUTHEAST_2.apiBase()).isEqualTo("https://api.mypurecloud.com.au");
    assertThat(GenesysRegion.EU_CENTRAL_1.domain()).isEqualTo("mypurecloud.de");
    assertThat(GenesysRegion.US_EAST_2.loginBase())
        .isEqualTo("https://login.use2.us-gov-pure.cloud");
  }
}

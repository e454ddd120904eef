package app.emailrouting.genesys.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Genesys Cloud regions: API host {@code api.<domain>}, token host {@code login.<domain>}. The
 * five regions older than the {@code pure.cloud} naming are also known by an alias domain in it
 * ({@code euw1.pure.cloud} for {@code mypurecloud.ie}); an alias names its region, whose own domain
 * is the one called.
 */
public enum GenesysRegion {
  US_EAST_1("us-east-1", "mypurecloud.com", "use1.pure.cloud"),
  US_EAST_2("us-east-2", "use2.us-gov-pure.cloud"),
  US_WEST_2("us-west-2", "usw2.pure.cloud"),
  CA_CENTRAL_1("ca-central-1", "cac1.pure.cloud"),
  SA_EAST_1("sa-east-1", "sae1.pure.cloud"),
  MX_CENTRAL_1("mx-central-1", "mxc1.pure.cloud"),
  EU_WEST_1("eu-west-1", "mypurecloud.ie", "euw1.pure.cloud"),
  EU_WEST_2("eu-west-2", "euw2.pure.cloud"),
  EU_CENTRAL_1("eu-central-1", "mypurecloud.de", "euc1.pure.cloud"),
  EU_CENTRAL_2("eu-central-2", "euc2.pure.cloud"),
  ME_CENTRAL_1("me-central-1", "mec1.pure.cloud"),
  AP_SOUTH_1("ap-south-1", "aps1.pure.cloud"),
  AP_SOUTHEAST_1("ap-southeast-1", "apse1.pure.cloud"),
  AP_SOUTHEAST_2("ap-southeast-2", "mypurecloud.com.au", "apse2.pure.cloud"),
  AP_NORTHEAST_1("ap-northeast-1", "mypurecloud.jp", "apne1.pure.cloud"),
  AP_NORTHEAST_2("ap-northeast-2", "apne2.pure.cloud"),
  AP_NORTHEAST_3("ap-northeast-3", "apne3.pure.cloud");

  /** The region name that stands for the built-in sandbox. */
  public static final String SANDBOX = "sandbox";

  private final String regionName;
  private final String domain;
  private final List<String> domains;

  GenesysRegion(String regionName, String domain, String... aliases) {
    this.regionName = regionName;
    this.domain = domain;
    this.domains = Stream.concat(Stream.of(domain), Arrays.stream(aliases)).toList();
  }

  /**
   * The region a name ({@code eu-west-1}), a domain or alias domain ({@code mypurecloud.ie}, {@code
   * euw1.pure.cloud}) or one of their hosts or URLs as an admin copies them ({@code
   * apps.mypurecloud.ie}, {@code https://login.euw1.pure.cloud/}) names.
   */
  public static Optional<GenesysRegion> of(String nameOrDomain) {
    String key = host(nameOrDomain.strip().toLowerCase(Locale.ROOT));
    return Arrays.stream(values())
        .filter(region -> region.regionName.equals(key) || region.isDomainOf(key))
        .findFirst();
  }

  private boolean isDomainOf(String host) {
    return domains.stream().anyMatch(known -> host.equals(known) || host.endsWith("." + known));
  }

  /** The host of a URL ({@code https://apps.mypurecloud.ie/directory}), else the text itself. */
  private static String host(String text) {
    String rest = text.contains("://") ? text.substring(text.indexOf("://") + 3) : text;
    int end = rest.indexOf('/');
    rest = end < 0 ? rest : rest.substring(0, end);
    int port = rest.indexOf(':');
    return port < 0 ? rest : rest.substring(0, port);
  }

  public String regionName() {
    return regionName;
  }

  /** The region's domain, such as {@code mypurecloud.ie}. */
  public String domain() {
    return domain;
  }

  public String apiBase() {
    return "https://api." + domain;
  }

  public String loginBase() {
    return "https://login." + domain;
  }
}

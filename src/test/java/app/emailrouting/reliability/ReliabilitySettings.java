package app.emailrouting.reliability;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings every reliability suite shares: what to run (the built WAR, Payara Micro), where
 * (ports kept apart from the normal test run's, so both can run on one machine), the database, the
 * number of routing requests, and the configuration an instance starts with. Each comes from a
 * system property the build passes, with a default for a run from the IDE.
 */
public final class ReliabilitySettings {

  public static final String ADMIN_PASSWORD = "reliability-admin-Passw0rd";
  public static final String INTAKE_KEY = "reliability-intake-key-0123456789abcdef";

  private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");
  private static final Pattern SCHEMA = Pattern.compile("currentSchema=([A-Za-z0-9_]+)");

  private ReliabilitySettings() {}

  public static int requests() {
    return Integer.getInteger("reliability.requests", 10_000);
  }

  public static String dbUrl() {
    return System.getProperty(
        "reliability.db.url",
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=email_routing_reliability");
  }

  public static String dbUser() {
    return System.getProperty("reliability.db.user", "postgres");
  }

  public static String dbPassword() {
    return System.getProperty("reliability.db.password", "postgres");
  }

  /** The schema named by the database URL's {@code currentSchema}. */
  public static String schema() {
    Matcher matcher = SCHEMA.matcher(dbUrl());
    if (!matcher.find()) {
      throw new IllegalStateException("No currentSchema in reliability.db.url " + dbUrl());
    }
    return matcher.group(1);
  }

  static String dbHost() {
    return hostPort().group(1);
  }

  static int dbPort() {
    String port = hostPort().group(2);
    return port == null ? 5432 : Integer.parseInt(port);
  }

  /** The database URL with its host and port replaced: the way through a proxy. */
  static String dbUrlVia(String host, int port) {
    return HOST_PORT.matcher(dbUrl()).replaceFirst("//" + host + ":" + port + "/");
  }

  private static Matcher hostPort() {
    Matcher matcher = HOST_PORT.matcher(dbUrl());
    if (!matcher.find()) {
      throw new IllegalStateException("No host in reliability.db.url " + dbUrl());
    }
    return matcher;
  }

  public static int httpPort(int instance) {
    return Integer.getInteger("reliability.http.port", 18401) + instance;
  }

  public static int fakeGenesysPort() {
    return Integer.getInteger("reliability.fake.port", 18480);
  }

  static int proxyPort() {
    return Integer.getInteger("reliability.proxy.port", 18490);
  }

  public static int hazelcastPort() {
    return Integer.getInteger("reliability.hazelcast.port", 7900);
  }

  static String war() {
    return absolute(System.getProperty("routing.war", "target/email-routing.war"));
  }

  static String payaraMicroJar() {
    return absolute(System.getProperty("reliability.payara.micro.jar", "target/payara-micro.jar"));
  }

  static String preBootCommands() {
    return absolute("server-config/pre-boot-commands.asadmin");
  }

  private static String absolute(String path) {
    return Path.of(path).toAbsolutePath().toString();
  }

  /** A fresh SECRET_KEY: Base64 of 32 random bytes, the same for every instance of one suite. */
  public static String secretKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /**
   * An instance's settings: the environment an operator sets (database, data directory, secret key,
   * Genesys connection to the fake, admin password, intake key), the Genesys pacing out of the way
   * (the fake has no rate limit), plus the suite's routing options.
   */
  public static ServiceInstance.Settings instance(
      String suite, int index, String dbUrl, String secretKey, Map<String, String> options) {
    String name = suite + "-" + (char) ('a' + index);
    String genesys = "http://127.0.0.1:" + fakeGenesysPort();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PORT", String.valueOf(httpPort(index)));
    environment.put("DATA_DIR", absolute("target/reliability/" + name + "-data"));
    environment.put("DB_URL", dbUrl);
    environment.put("DB_USER", dbUser());
    environment.put("DB_PASSWORD", dbPassword());
    environment.put("SECRET_KEY", secretKey);
    environment.put("GENESYS_REGION", "eu-west-1");
    environment.put("GENESYS_API_URL", genesys);
    environment.put("GENESYS_LOGIN_URL", genesys);
    environment.put("GENESYS_CLIENT_ID", "reliability-client");
    environment.put("GENESYS_CLIENT_SECRET", "reliability-client-secret");
    environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("INTAKE_API_KEY", INTAKE_KEY);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("genesys.rate-limit.per-minute", "600000");
    properties.put("security.login-limit.per-second", "100");
    properties.putAll(options);
    return new ServiceInstance.Settings(
        name, httpPort(index), hazelcastPort(), "reliability-" + suite, environment, properties);
  }
}

package app.emailrouting.connection.boundary;

/**
 * The body of {@code PUT /api/genesys-connection}. The client secret is write-only: leave it out to
 * keep the stored one, send {@code ""} to remove it.
 */
public class GenesysConnectionInput {
  public String region;
  public String apiUrl;
  public String loginUrl;
  public String clientId;
  public String clientSecret;
}

package app.emailrouting.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The Genesys connection as the admin set it: region, optional URL overrides, OAuth client id and
 * the client secret, which this entity only ever holds encrypted.
 */
@Entity
@Table(name = "genesys_connection")
public class GenesysConnectionSettings {

  public static final int ID = 1;

  @Id private Integer id;

  private String region;

  @Column(name = "api_url")
  private String apiUrl;

  @Column(name = "login_url")
  private String loginUrl;

  @Column(name = "client_id")
  private String clientId;

  @Column(name = "client_secret_encrypted")
  private String encryptedSecret;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected GenesysConnectionSettings() {}

  public GenesysConnectionSettings(Instant now) {
    this.id = ID;
    this.updatedAt = now;
  }

  /**
   * Changes where and as whom to connect. A {@code null} secret keeps the current one, unless the
   * connection moves (another region or URL): a stored secret is never sent to a new address, so it
   * is removed and must be entered again.
   */
  public void change(
      String newRegion,
      String newApiUrl,
      String newLoginUrl,
      String newClientId,
      String newEncryptedSecret,
      Instant now) {
    boolean moved = movesTo(newRegion, newApiUrl, newLoginUrl);
    region = newRegion;
    apiUrl = newApiUrl;
    loginUrl = newLoginUrl;
    clientId = newClientId;
    if (newEncryptedSecret != null) {
      encryptedSecret = newEncryptedSecret.isEmpty() ? null : newEncryptedSecret;
    } else if (moved) {
      encryptedSecret = null;
    }
    updatedAt = now;
  }

  /** Whether these would send the client secret and API calls somewhere else. */
  private boolean movesTo(String newRegion, String newApiUrl, String newLoginUrl) {
    return !Objects.equals(region, newRegion)
        || !Objects.equals(apiUrl, newApiUrl)
        || !Objects.equals(loginUrl, newLoginUrl);
  }

  public String region() {
    return region;
  }

  public String apiUrl() {
    return apiUrl;
  }

  public String loginUrl() {
    return loginUrl;
  }

  public String clientId() {
    return clientId;
  }

  public String encryptedSecret() {
    return encryptedSecret;
  }

  public boolean hasSecret() {
    return encryptedSecret != null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

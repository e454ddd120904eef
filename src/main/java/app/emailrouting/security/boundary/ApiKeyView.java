package app.emailrouting.security.boundary;

import app.emailrouting.security.entity.ApiKey;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * An API key as the API shows it: its first characters, never the key, except in {@code key} of the
 * answer that created it (shown once).
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "role",
  "key",
  "keyPrefix",
  "createdBy",
  "createdAt",
  "lastUsedAt",
  "revokedAt"
})
public record ApiKeyView(
    long id,
    String name,
    String role,
    String key,
    String keyPrefix,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static ApiKeyView of(ApiKey apiKey, String key) {
    return new ApiKeyView(
        apiKey.id(),
        apiKey.name(),
        apiKey.role().roleName(),
        key,
        apiKey.keyPrefix(),
        apiKey.createdBy(),
        apiKey.createdAt(),
        apiKey.lastUsedAt(),
        apiKey.revokedAt());
  }
}

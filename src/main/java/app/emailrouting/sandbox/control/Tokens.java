package app.emailrouting.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access tokens the sandbox issued, so that API calls can be checked against them. Only a hash
 * of each token is kept. Tokens are numbered in issue order: "expire every token issued so far" is
 * then exact, however fast tokens are issued.
 */
class Tokens {

  static final int MAX_KEPT = 10_000;
  private static final String BEARER = "bearer ";

  private record Grant(String clientId, long serial, Instant expiresAt) {}

  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();
  private final SecureRandom random = new SecureRandom();
  private volatile long expiredUpTo;

  IssuedToken issue(String clientId, Instant now, long lifetimeSeconds) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var grant = new Grant(clientId, serials.incrementAndGet(), now.plusSeconds(lifetimeSeconds));
    grants.put(hash(token), grant);
    forgetOldest(now);
    return new IssuedToken(token, lifetimeSeconds);
  }

  /** Marks every token issued up to now as expired while the expiredTokens fault is on. */
  void expireIssued() {
    expiredUpTo = serials.get();
  }

  /**
   * The OAuth client that the bearer token of an API call was issued to.
   *
   * @throws PlatformError 401 for a missing, unknown or expired token
   */
  String clientOf(String authorization, Instant now, boolean expiredTokensFault) {
    String token = bearerToken(authorization);
    Grant grant = grants.get(hash(token));
    if (grant == null) {
      throw PlatformErrors.badCredentials();
    }
    if (!now.isBefore(grant.expiresAt()) || isExpiredByFault(grant, expiredTokensFault)) {
      throw PlatformErrors.credentialsExpired();
    }
    return grant.clientId();
  }

  int size() {
    return grants.size();
  }

  private boolean isExpiredByFault(Grant grant, boolean expiredTokensFault) {
    return expiredTokensFault && grant.serial() <= expiredUpTo;
  }

  private static String bearerToken(String authorization) {
    if (!isBearer(authorization)) {
      throw PlatformErrors.authenticationRequired();
    }
    return authorization.substring(BEARER.length()).strip();
  }

  private static boolean isBearer(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && !authorization.substring(BEARER.length()).isBlank();
  }

  /** Keeps memory bounded: expired tokens go first, then the oldest ones. */
  private void forgetOldest(Instant now) {
    if (grants.size() <= MAX_KEPT) {
      return;
    }
    synchronized (this) {
      grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
      while (grants.size() > MAX_KEPT) {
        grants.entrySet().stream()
            .min(Comparator.comparingLong(entry -> entry.getValue().serial()))
            .ifPresent(oldest -> grants.remove(oldest.getKey()));
      }
    }
  }

  private static String hash(String token) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

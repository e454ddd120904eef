package app.emailrouting.genesys.control;

/**
 * The Genesys connection was shown to work: a connection test passed, or the probe of a paused
 * pipeline got a token and read {@code /api/v2/tokens/me}. Credentials and permissions may be what
 * was fixed.
 */
public record ConnectionVerified() {}

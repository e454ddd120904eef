package app.emailrouting.genesys.control;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The token endpoint's answer: an access token, or an OAuth error such as {@code invalid_client}.
 */
public record AuthResponse(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("token_type") String tokenType,
    @JsonbProperty("expires_in") Long expiresIn,
    @JsonbProperty("error") String error,
    @JsonbProperty("error_description") String errorDescription) {}

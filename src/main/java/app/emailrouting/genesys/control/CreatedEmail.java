package app.emailrouting.genesys.control;

/** A successful create email call: the conversation and what the answer looked like. */
public record CreatedEmail(
    EmailConversation conversation, int httpStatus, String body, String correlationId) {}

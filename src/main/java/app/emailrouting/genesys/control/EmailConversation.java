package app.emailrouting.genesys.control;

/** The answer to a created email interaction, named like the Genesys SDK model. */
public record EmailConversation(String id, String selfUri) {}

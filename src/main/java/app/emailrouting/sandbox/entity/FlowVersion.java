package app.emailrouting.sandbox.entity;

/** The published version of an inbound email flow, as Genesys Cloud names it ("2.0"). */
public record FlowVersion(String id, String name) {}

package app.emailrouting.failedrequests.entity;

/** What a bulk operation does to each failed request it matches. */
public enum BulkKind {
  REROUTE("rerouted"),
  DELETE("deleted");

  private final String pastTense;

  BulkKind(String pastTense) {
    this.pastTense = pastTense;
  }

  public String pastTense() {
    return pastTense;
  }
}

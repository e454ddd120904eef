package app.emailrouting.sandbox.entity;

/** A routing language; {@code state} is active, inactive or deleted (active when not given). */
public record Language(String id, String name, String state) {

  public Language {
    state = state == null ? OptionState.ACTIVE.value() : state;
  }

  public boolean canRoute() {
    return !OptionState.isDeleted(state);
  }
}

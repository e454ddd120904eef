package app.emailrouting.sandbox.entity;

/** A routing skill; {@code state} is active, inactive or deleted (active when not given). */
public record Skill(String id, String name, String state) {

  public Skill {
    state = state == null ? OptionState.ACTIVE.value() : state;
  }

  public boolean canRoute() {
    return !OptionState.isDeleted(state);
  }
}

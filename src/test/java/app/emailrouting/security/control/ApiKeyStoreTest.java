package app.emailrouting.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.emailrouting.access.Role;
import app.emailrouting.problems.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The checks of a new key that the API and the console share (before any database work). */
class ApiKeyStoreTest {

  @Test
  void a_name_is_trimmed_and_may_have_up_to_128_characters() {
    assertThat(ApiKeyStore.requireName("  crm  ")).isEqualTo("crm");
    assertThat(ApiKeyStore.requireName("k".repeat(128))).hasSize(128);
  }

  @Test
  void a_missing_blank_or_too_long_name_is_refused_naming_the_field() {
    for (String name : new String[] {null, "", "   ", "k".repeat(129)}) {
      assertThatThrownBy(() -> ApiKeyStore.requireName(name))
          .isInstanceOf(InvalidInputException.class)
          .extracting(e -> ((InvalidInputException) e).field())
          .isEqualTo("name");
    }
  }

  @Test
  void create_refuses_a_bad_name_or_no_role_before_storing_anything() {
    // no EntityManager: reaching the database would fail otherwise
    var store = new ApiKeyStore();
    assertThatThrownBy(() -> store.create(" ", Role.INTAKE, "admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("is required");
    assertThatThrownBy(() -> store.create("crm", null, "admin"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("role");
  }

  @Test
  void a_new_key_starts_with_the_prefix_and_is_hashed_the_same_way_each_time() {
    String key = ApiKeyStore.newKey();
    assertThat(key).startsWith(ApiKeyStore.PREFIX).hasSizeGreaterThan(40);
    assertThat(ApiKeyStore.newKey()).isNotEqualTo(key);
    assertThat(ApiKeyStore.hash(key)).isEqualTo(ApiKeyStore.hash(key)).hasSize(64);
  }
}

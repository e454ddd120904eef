package app.emailrouting.database.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

  @Test
  void without_a_url_the_embedded_h2_lives_in_the_data_directory() {
    var source = new DatabaseConfigSource(Optional.empty(), "some/data");

    String expectedPath = Path.of("some/data").toAbsolutePath().resolve("routing").toString();
    assertThat(source.getValue("db.url"))
        .isEqualTo("jdbc:h2:file:" + expectedPath + ";DB_CLOSE_ON_EXIT=FALSE");
    assertThat(source.getValue("db.datasource-class")).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    assertThat(source.getValue("db.user")).isNotBlank();
    assertThat(source.getValue("db.password")).isNotBlank();
  }

  @Test
  void a_postgresql_url_selects_its_datasource_and_leaves_the_rest_to_the_operator() {
    var source =
        new DatabaseConfigSource(Optional.of("jdbc:postgresql://db:5432/routing"), "./data");

    assertThat(source.getValue("db.datasource-class"))
        .isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    assertThat(source.getPropertyNames()).containsOnly("db.datasource-class");
  }

  @Test
  void it_sits_below_environment_variables_and_system_properties() {
    assertThat(new DatabaseConfigSource(Optional.empty(), "./data").getOrdinal()).isLessThan(300);
  }

  @Test
  void an_unsupported_database_is_named_without_its_credentials() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JdbcUrls.dataSourceClass("jdbc:oracle:thin:scott/tiger@host:1521:x"))
        .withMessageContaining("jdbc:oracle")
        .withMessageNotContaining("tiger");
  }
}

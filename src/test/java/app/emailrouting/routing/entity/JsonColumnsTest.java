package app.emailrouting.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import app.emailrouting.database.control.InstantConverter;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

  /**
   * EclipseLink creates converters by reflection when an entity is first read, and a bulk
   * operation's managed thread may be the first: a converter it cannot construct stops it.
   */
  @Test
  void every_converter_is_public_with_a_public_no_arg_constructor() throws Exception {
    for (Class<?> converter :
        List.of(
            JsonColumns.StringList.class, JsonColumns.StringMap.class, InstantConverter.class)) {
      assertThat(Modifier.isPublic(converter.getModifiers())).as(converter.getName()).isTrue();
      assertThat(
              Modifier.isPublic(
                  converter.getDeclaringClass() == null
                      ? Modifier.PUBLIC
                      : converter.getDeclaringClass().getModifiers()))
          .isTrue();
      assertThat(Modifier.isPublic(converter.getConstructor().getModifiers())).isTrue();
    }
  }
}

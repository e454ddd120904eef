package app.emailrouting.routing.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Skill ids and attributes are stored as JSON text: one column each, portable across databases. The
 * converters are public with public constructors, as JPA requires: EclipseLink creates them by
 * reflection on first use, which may be on a managed thread without extra access rights.
 */
public final class JsonColumns {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type STRING_LIST =
      new ArrayList<String>() {}.getClass().getGenericSuperclass();
  private static final Type STRING_MAP =
      new LinkedHashMap<String, String>() {}.getClass().getGenericSuperclass();

  private JsonColumns() {}

  @Converter
  public static class StringList implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> values) {
      return values == null || values.isEmpty() ? null : JSONB.toJson(values);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
      return json == null
          ? List.of()
          : List.copyOf(JSONB.<List<String>>fromJson(json, STRING_LIST));
    }
  }

  @Converter
  public static class StringMap implements AttributeConverter<Map<String, String>, String> {
    @Override
    public String convertToDatabaseColumn(Map<String, String> values) {
      return values == null || values.isEmpty() ? null : JSONB.toJson(values);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
      return json == null ? Map.of() : JSONB.<Map<String, String>>fromJson(json, STRING_MAP);
    }
  }
}

package app.emailrouting.database.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The WHERE clause of a JPQL query built from optional filters, with its named parameters. */
public final class JpqlConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition; {@code parameterName} is the name it uses, bound to {@code value}. */
  public JpqlConditions add(String condition, String parameterName, Object value) {
    conditions.add(condition);
    parameters.put(parameterName, value);
    return this;
  }

  /** Adds a condition with two parameters. */
  public JpqlConditions add(
      String condition, String firstName, Object first, String secondName, Object second) {
    add(condition, firstName, first);
    parameters.put(secondName, second);
    return this;
  }

  /** {@code " WHERE a AND b"}, or nothing without conditions. */
  public String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /** A LIKE pattern (escape character {@code !}) for text anywhere in a lower-cased column. */
  public static String containing(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}

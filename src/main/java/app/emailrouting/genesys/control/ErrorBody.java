package app.emailrouting.genesys.control;

import java.util.List;
import java.util.Map;

/** Every Genesys Platform API error, named like the Genesys SDK model. */
public record ErrorBody(
    String message,
    String code,
    Integer status,
    String messageWithParams,
    Map<String, String> messageParams,
    String contextId,
    List<Detail> details) {

  /** One detail of an error, such as the field a value was refused for. */
  public record Detail(String errorCode, String fieldName, String entityId, String entityName) {}
}

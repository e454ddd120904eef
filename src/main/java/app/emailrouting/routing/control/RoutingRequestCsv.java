package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ApiResponse;
import app.emailrouting.routing.entity.RoutingRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Routing requests as CSV (RFC 4180, quoted and escaped by Commons CSV). A value that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return first) is written with a leading
 * apostrophe, as OWASP advises: a subject written by a stranger stays text.
 */
public final class RoutingRequestCsv {

  /** One column: its header and its value; the header and every row are written from this list. */
  private record Column(String header, Function<RoutingRequest, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("id", RoutingRequest::id),
          new Column("externalId", RoutingRequest::externalId),
          new Column("status", RoutingRequest::status),
          new Column("failureReason", RoutingRequest::failureReason),
          new Column("failedAttempts", RoutingRequest::failedAttempts),
          new Column("queueId", request -> request.options().queueId()),
          new Column("flowId", request -> request.options().flowId()),
          new Column("skillIds", request -> String.join(";", request.options().skillIds())),
          new Column("languageId", request -> request.options().languageId()),
          new Column("priority", request -> request.options().priority()),
          new Column("provider", request -> request.email().provider()),
          new Column("subject", request -> request.email().subject()),
          new Column("fromAddress", request -> request.email().fromAddress()),
          new Column("fromName", request -> request.email().fromName()),
          new Column("toAddress", request -> request.email().toAddress()),
          new Column("toName", request -> request.email().toName()),
          new Column("screenPopId", request -> request.email().screenPopId()),
          new Column("conversationId", RoutingRequest::conversationId),
          new Column("apiHttpStatus", request -> api(request, ApiResponse::httpStatus)),
          new Column("apiCode", request -> api(request, ApiResponse::code)),
          new Column("apiMessage", request -> api(request, ApiResponse::message)),
          new Column("apiCorrelationId", request -> api(request, ApiResponse::correlationId)),
          new Column("apiAt", request -> api(request, ApiResponse::at)),
          new Column("createdAt", RoutingRequest::createdAt),
          new Column("updatedAt", RoutingRequest::updatedAt),
          new Column("routedAt", RoutingRequest::routedAt));

  private final CSVPrinter printer;

  public RoutingRequestCsv(Writer out) throws IOException {
    this.printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new))
            .get()
            .print(out);
  }

  public void write(RoutingRequest request) throws IOException {
    printer.printRecord(
        COLUMNS.stream()
            .map(column -> column.value().apply(request))
            .map(value -> value == null ? "" : inert(String.valueOf(value))));
  }

  private static Object api(RoutingRequest request, Function<ApiResponse, Object> value) {
    return request.apiResponse() == null ? null : value.apply(request.apiResponse());
  }

  public void flush() throws IOException {
    printer.flush();
  }

  static String inert(String value) {
    return startsAsFormula(value) ? "'" + value : value;
  }

  private static boolean startsAsFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}

package app.emailrouting.routing.control;

import app.emailrouting.routing.entity.ApiResponse;
import app.emailrouting.routing.entity.RoutingRequest;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Routing requests as CSV (RFC 4180, quoted and escaped by Commons CSV). A value that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return first) is written with a leading
 * apostrophe, as OWASP advises: a subject written by a stranger stays text.
 */
public final class RoutingRequestCsv {

  private static final String[] HEADER = {
    "id",
    "externalId",
    "status",
    "failureReason",
    "failedAttempts",
    "queueId",
    "flowId",
    "skillIds",
    "languageId",
    "priority",
    "provider",
    "subject",
    "fromAddress",
    "fromName",
    "toAddress",
    "screenPopId",
    "conversationId",
    "apiHttpStatus",
    "apiCode",
    "apiMessage",
    "apiCorrelationId",
    "apiAt",
    "createdAt",
    "updatedAt",
    "routedAt"
  };

  private final CSVPrinter printer;

  public RoutingRequestCsv(Writer out) throws IOException {
    this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
  }

  public void write(RoutingRequest request) throws IOException {
    var options = request.options();
    var email = request.email();
    var api = Optional.ofNullable(request.apiResponse());
    printer.printRecord(
        Stream.of(
                request.id(),
                request.externalId(),
                request.status(),
                request.failureReason(),
                request.failedAttempts(),
                options.queueId(),
                options.flowId(),
                String.join(";", options.skillIds()),
                options.languageId(),
                options.priority(),
                email.provider(),
                email.subject(),
                email.fromAddress(),
                email.fromName(),
                email.toAddress(),
                email.screenPopId(),
                request.conversationId(),
                api.map(ApiResponse::httpStatus).orElse(null),
                api.map(ApiResponse::code).orElse(null),
                api.map(ApiResponse::message).orElse(null),
                api.map(ApiResponse::correlationId).orElse(null),
                api.map(ApiResponse::at).map(Instant::toString).orElse(null),
                request.createdAt(),
                request.updatedAt(),
                request.routedAt())
            .map(value -> value == null ? "" : inert(String.valueOf(value))));
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

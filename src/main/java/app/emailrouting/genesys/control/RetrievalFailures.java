package app.emailrouting.genesys.control;

import app.emailrouting.options.entity.RetrievalFailedException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What a failed listing call means for Retrieve Options, as a sentence the admin can act on: the
 * call, Genesys' status, code and message, and for a 403 the permission to add to the OAuth
 * client's role.
 */
final class RetrievalFailures {

  private RetrievalFailures() {}

  static RetrievalFailedException of(OptionListing listing, RuntimeException failure) {
    return new RetrievalFailedException(detail(listing, failure), failure);
  }

  static String detail(OptionListing listing, RuntimeException failure) {
    if (failure instanceof GenesysApiException answer) {
      return answered(listing, answer);
    }
    if (failure instanceof GenesysUnreachableException) {
      return listing.call() + " failed: " + failure.getMessage();
    }
    if (failure instanceof SecretUnreadableException) {
      return failure.getMessage();
    }
    if (failure instanceof CallNotMadeException) {
      return listing.call() + " was not made: " + failure.getMessage() + ".";
    }
    if (failure instanceof TimeoutException) {
      return "Genesys Cloud did not answer " + listing.call() + " in time.";
    }
    return listing.call() + " failed: " + failure.getClass().getSimpleName() + ".";
  }

  private static String answered(OptionListing listing, GenesysApiException answer) {
    if (answer.endpoint() == GenesysApiException.Endpoint.LOGIN) {
      return "Genesys Cloud refused the OAuth client credentials (%d %s): %s"
          .formatted(answer.httpStatus(), answer.code(), answer.getMessage());
    }
    String said =
        "Genesys Cloud answered %d %s to %s: %s"
            .formatted(answer.httpStatus(), answer.code(), listing.call(), answer.getMessage());
    String correlation =
        answer.correlationId() == null ? "" : " (correlation id " + answer.correlationId() + ")";
    return answer.httpStatus() == 403
        ? said + correlation + " " + missingPermission(listing, answer)
        : said + correlation;
  }

  /** The permission Genesys named, else the one the call is documented to need. */
  private static String missingPermission(OptionListing listing, GenesysApiException answer) {
    String named =
        answer.messageParams().values().stream()
            .filter(value -> value.toLowerCase(Locale.ROOT).contains(":"))
            .collect(Collectors.joining(", "));
    if (!named.isEmpty()) {
      return "Missing permission: " + named + ".";
    }
    return listing.permission() == null
        ? "Check the OAuth client's role."
        : "The call needs the permission " + listing.permission() + ".";
  }
}

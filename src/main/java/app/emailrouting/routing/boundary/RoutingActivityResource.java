package app.emailrouting.routing.boundary;

import app.emailrouting.access.Role;
import app.emailrouting.problems.boundary.QueryParameters;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.routing.control.ActivitySeries;
import app.emailrouting.routing.control.RoutingActivity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing activity over time: received, routed and failed per hour or per day. */
@Path("routing-activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing requests")
@RolesAllowed({Role.VIEWER_NAME, Role.ADMIN_NAME})
public class RoutingActivityResource {

  private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})([hd])");
  private static final Duration MAX_PERIOD = Duration.ofDays(400);
  private static final Duration MAX_HOURLY = Duration.ofDays(31);
  private static final Duration HOURLY_UP_TO = Duration.ofHours(72);

  @Inject RoutingActivity activity;

  private final Clock clock = Clock.systemUTC();

  @GET
  @Operation(
      summary = "Routing activity per hour or per day",
      description =
          "received: routing requests received; routed: requests Genesys Cloud took; failed:"
              + " failures (a request that fails again after a reroute counts again). The period"
              + " is period (e.g. 24h, 7d, 30d; default 24h) back from now, or from/to. Per hour"
              + " up to 72 hours, per day beyond, unless granularity says. Hours and days are"
              + " UTC.")
  @APIResponse(responseCode = "200", description = "One bucket per hour or day, oldest first")
  @APIResponse(responseCode = "400", description = "A bad period, time or granularity")
  public ActivitySeries read(
      @QueryParam("period") @Parameter(description = "24h, 7d, 30d, ...") String period,
      @QueryParam("from") @Parameter(description = "Start, e.g. 2026-11-20T00:00:00Z") String from,
      @QueryParam("to") @Parameter(description = "End, default now") String to,
      @QueryParam("granularity") @Parameter(description = "hour or day") String granularity) {
    Instant end = QueryParameters.instant("to", to).orElse(clock.instant());
    Instant start =
        QueryParameters.instant("from", from).orElseGet(() -> end.minus(period(period)));
    if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
      throw new InvalidInputException("from", "must be before to, at most 400 days before");
    }
    return activity.between(start, end, daily(granularity, Duration.between(start, end)));
  }

  private static Duration period(String period) {
    var text = QueryParameters.given(period).orElse("24h");
    var matcher = PERIOD.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidInputException("period", "must be hours or days, such as 24h, 7d or 30d");
    }
    long amount = Long.parseLong(matcher.group(1));
    return "h".equals(matcher.group(2)) ? Duration.ofHours(amount) : Duration.ofDays(amount);
  }

  private static boolean daily(String granularity, Duration span) {
    var text = QueryParameters.given(granularity);
    if (text.isEmpty()) {
      return span.compareTo(HOURLY_UP_TO) > 0;
    }
    if (!"hour".equals(text.get()) && !"day".equals(text.get())) {
      throw new InvalidInputException("granularity", "must be hour or day");
    }
    if ("hour".equals(text.get()) && span.compareTo(MAX_HOURLY) > 0) {
      throw new InvalidInputException("granularity", "hour covers at most 31 days: use day");
    }
    return "day".equals(text.get());
  }
}

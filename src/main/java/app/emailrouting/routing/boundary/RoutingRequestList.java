package app.emailrouting.routing.boundary;

import app.emailrouting.routing.control.RoutingRequestView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A page of the list; {@code nextCursor} is {@code null} on the last page. */
@JsonbNillable
public record RoutingRequestList(List<RoutingRequestView> items, String nextCursor) {}

package app.emailrouting.problems.boundary;

import app.emailrouting.problems.control.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a query parameter with a NUL character ({@code %00}) with a 400 naming it: no database
 * compares text with one (PostgreSQL refuses it as an encoding error), and no filter means one.
 */
@Provider
@PreMatching
public class QueryTextCheck implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    request
        .getUriInfo()
        .getQueryParameters()
        .forEach(
            (name, values) -> {
              if (name.indexOf(0) >= 0 || values.stream().anyMatch(v -> v.indexOf(0) >= 0)) {
                throw new InvalidInputException(
                    name.replace('\0', '?'), "has a NUL character (%00)");
              }
            });
  }
}

package app.emailrouting.database.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink report a lost database at once. By default it retries a failed read several
 * times, seconds apart, holding the caller; the pool already validates connections, so a retry only
 * delays the 503 that tells the caller to come back later.
 */
public class FailFastSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
  }
}

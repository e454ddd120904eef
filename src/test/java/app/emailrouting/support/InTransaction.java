package app.emailrouting.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Runs test set-up in one container transaction. In-container tests use it instead of an injected
 * {@code UserTransaction}, which Weld could not always produce for a test instance (WELD-000044).
 */
@ApplicationScoped
public class InTransaction {

  @PersistenceContext EntityManager em;

  @Transactional
  public void run(Consumer<EntityManager> work) {
    work.accept(em);
  }
}

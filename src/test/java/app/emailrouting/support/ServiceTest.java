package app.emailrouting.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the service from outside, over HTTP: every such test class of a run talks to the same
 * service, started once (see {@link SharedService}); its {@link ServiceUrl} field gets the
 * service's address. Tests that run inside the service, or need a service set up otherwise, use
 * Arquillian and run before these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(ServiceTest.TAG)
@ExtendWith(SharedService.class)
public @interface ServiceTest {

  /** The JUnit tag of these tests, for the build's second integration test run. */
  String TAG = "shared-service";
}

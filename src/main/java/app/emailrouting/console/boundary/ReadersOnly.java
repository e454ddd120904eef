package app.emailrouting.console.boundary;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page bean that reads the service's data: every call on it, its construction included, needs a
 * signed-in viewer or admin ({@link ReaderCheck}). A second line behind the authentication
 * mechanism, so that a path it did not take for a page still reads nothing.
 */
@InterceptorBinding
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadersOnly {}

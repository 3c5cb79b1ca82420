package vn.qrqg.clients;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The calling client must hold this scope, in its token and in its app's scopes now; else the
 * call ends in 403 (problem type {@code https://qrqg.vn/problems/insufficient-scope}). On a
 * controller class or method: {@code @RequiresScope(Scopes.SCAN_VENUE)}. Spring Security's
 * method security evaluates it; {@code {value}} is filled in from the annotation.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('SCOPE_{value}')")
public @interface RequiresScope {

    /** One of {@link Scopes}. */
    String value();
}

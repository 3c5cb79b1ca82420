package vn.qrqg.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that honours {@code Idempotency-Key}: with the header, the same caller's same key stores
 * once and gets the first successful answer again (docs/api.md, "Retries and double taps");
 * without it, the endpoint behaves as it always did.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}

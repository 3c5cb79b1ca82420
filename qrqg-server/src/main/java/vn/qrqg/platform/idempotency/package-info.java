/**
 * The {@code Idempotency-Key} request header (the IETF httpapi working group's draft) on the writes
 * a double tap or a retry can repeat: an endpoint marked {@link vn.qrqg.platform.idempotency.Idempotent}
 * stores once per key and caller ({@link vn.qrqg.platform.idempotency.IdempotentCaller}) and gives
 * the first answer again. One mechanism for every capability: a filter that keeps the request's
 * body and the answer, an interceptor that claims the key, and the table {@code platform_idempotency}.
 */
@NamedInterface("idempotency")
package vn.qrqg.platform.idempotency;

import org.springframework.modulith.NamedInterface;

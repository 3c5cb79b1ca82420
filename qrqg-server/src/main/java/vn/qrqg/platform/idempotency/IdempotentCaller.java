package vn.qrqg.platform.idempotency;

/**
 * A request's principal that keys are scoped to: another caller's same key is another key. A
 * request whose principal is none (a public endpoint) ignores {@code Idempotency-Key}.
 */
public interface IdempotentCaller {

    /**
     * Who calls, stable across their requests and distinct from every other caller, e.g.
     * {@code app:<appId>}. It may be personal data: only an HMAC of it is stored.
     */
    String idempotencyScope();
}

package vn.qrqg.issuance.citizens;

import java.util.List;

/**
 * The declaration matches the registry, but nothing proves that the requester is the person:
 * the registry holds no phone for them to receive a code. The routes still open to them are named.
 */
public final class ProofRequiredException extends RuntimeException {
    /** A member of the person's household (as the registry records it) declares for them. */
    public static final String HOUSEHOLD = "household";
    /** An official who sees the person's document issues it (scope {@code qr:in-person}). */
    public static final String IN_PERSON = "in-person";

    private final List<String> routes;

    public ProofRequiredException(List<String> routes) {
        super("the person cannot be proven by a code: routes open " + routes);
        this.routes = List.copyOf(routes);
    }

    public List<String> routes() {
        return routes;
    }
}

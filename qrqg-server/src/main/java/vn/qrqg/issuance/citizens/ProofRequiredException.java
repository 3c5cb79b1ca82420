package vn.qrqg.issuance.citizens;

import java.util.List;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * The declaration matches the registry, but nothing proves that the requester is the person:
 * the registry holds no phone for them to receive a code. The routes still open to them are named.
 */
public final class ProofRequiredException extends ProblemException {
    /** A member of the person's household (as the registry records it) declares for them. */
    public static final String HOUSEHOLD = "household";
    /** An official who sees the person's document issues it (scope {@code qr:in-person}). */
    public static final String IN_PERSON = "in-person";

    private final List<String> routes;

    public ProofRequiredException(List<String> routes) {
        super(ProblemType.PROOF_REQUIRED, detail(routes), "the person cannot be proven by a code: routes open " + routes);
        this.routes = List.copyOf(routes);
        property("routes", this.routes);
    }

    public List<String> routes() {
        return routes;
    }

    private static String detail(List<String> routes) {
        return routes.contains(HOUSEHOLD)
                ? "The population registry holds no mobile number to send this person a code. A member of their "
                        + "household can declare them (declaredBy and their own holder token), or an official can "
                        + "issue their QR in person at the commune police or a health station, with their document."
                : "The population registry holds no mobile number to send this person a code. Their QR can be "
                        + "issued in person at the commune police or a health station, with their document.";
    }
}

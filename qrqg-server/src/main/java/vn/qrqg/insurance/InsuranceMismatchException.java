package vn.qrqg.insurance;

import java.util.List;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * A declared health-insurance number that social insurance does not confirm: no such card, a
 * card of someone else, or not valid today. One answer for all three, so that nobody learns
 * whose a number is; and, like a declaration that does not match the registry, it counts
 * against the issuance limits.
 */
public final class InsuranceMismatchException extends ProblemException {
    public static final String FIELD = "insuranceNumber";

    private final boolean fromRegistry;

    /** @param fromRegistry whether the person asked for their card and social insurance has none valid today */
    public InsuranceMismatchException(boolean fromRegistry) {
        super(ProblemType.INSURANCE_MISMATCH, fromRegistry
                        ? "Social insurance holds no health-insurance card of this person valid today: leave "
                                + "insuranceNumber out, or declare the number of a valid card."
                        : "insuranceNumber is not a health-insurance card of this person valid today, as social "
                                + "insurance records it.",
                fromRegistry ? "social insurance holds no card of this person valid today"
                        : "the declared health-insurance number is not a card of this person valid today");
        this.fromRegistry = fromRegistry;
        property("mismatchedFields", List.of(FIELD));
    }

    public boolean fromRegistry() {
        return fromRegistry;
    }
}

package vn.qrqg.insurance;

/**
 * A declared health-insurance number that social insurance does not confirm: no such card, a
 * card of someone else, or not valid today. One answer for all three, so that nobody learns
 * whose a number is; and, like a declaration that does not match the registry, it counts
 * against the issuance limits.
 */
public final class InsuranceMismatchException extends RuntimeException {
    public static final String FIELD = "insuranceNumber";

    private final boolean fromRegistry;

    /** @param fromRegistry whether the person asked for their card and social insurance has none valid today */
    public InsuranceMismatchException(boolean fromRegistry) {
        super(fromRegistry ? "social insurance holds no card of this person valid today"
                : "the declared health-insurance number is not a card of this person valid today");
        this.fromRegistry = fromRegistry;
    }

    public boolean fromRegistry() {
        return fromRegistry;
    }
}

package vn.qrqg.issuance.citizens;

/** A declarer proved themself, but the registry does not record them in the person's household. */
public final class NotInHouseholdException extends RuntimeException {

    public NotInHouseholdException() {
        super("the registry does not record the declarer in the person's household");
    }
}

package vn.qrqg.issuance.citizens;

/** A request field the codec rejects, named as in {@link CitizenQrRequest}; the detail never echoes registry values. */
public final class InvalidCitizenFieldException extends RuntimeException {
    private final String field;

    public InvalidCitizenFieldException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

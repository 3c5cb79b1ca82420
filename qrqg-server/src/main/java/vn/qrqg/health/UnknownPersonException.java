package vn.qrqg.health;

/** A record or request names a person the population registry does not hold. The message names the field only. */
public class UnknownPersonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field {@code documentNumber} or {@code qid} */
    public UnknownPersonException(String field) {
        super(field + " names nobody in the population registry");
        this.field = field;
    }

    public String field() {
        return field;
    }
}

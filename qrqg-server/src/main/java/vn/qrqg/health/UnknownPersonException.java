package vn.qrqg.health;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A record or request names a person the population registry does not hold. The message names the field only. */
public class UnknownPersonException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field {@code documentNumber} or {@code qid} */
    public UnknownPersonException(String field) {
        super(ProblemType.UNKNOWN_PERSON, "The " + field + " names nobody in the population registry.",
                field + " names nobody in the population registry");
        this.field = field;
        property("field", field);
    }

    public String field() {
        return field;
    }
}

package vn.qrqg.venues;

import java.util.List;
import vn.qrqg.platform.web.InvalidRequest.FieldError;

/**
 * Request fields that are missing or not acceptable (400 naming each); messages never repeat
 * a value.
 */
public class InvalidVenueFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidVenueFieldException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request"));
        this.errors = List.copyOf(errors);
    }

    public InvalidVenueFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

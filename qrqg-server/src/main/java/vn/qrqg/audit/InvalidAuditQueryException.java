package vn.qrqg.audit;

import java.util.List;
import java.util.Map;

/** An audit query with missing or bad parameters, each named with what is wrong. */
final class InvalidAuditQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Map<String, String>> errors;

    InvalidAuditQueryException(List<Map<String, String>> errors) {
        super("invalid audit query");
        this.errors = List.copyOf(errors);
    }

    List<Map<String, String>> errors() {
        return errors;
    }
}

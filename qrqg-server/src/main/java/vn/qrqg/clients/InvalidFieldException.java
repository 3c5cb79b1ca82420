package vn.qrqg.clients;

/** A request field the annotations let through but whose value is not acceptable. */
class InvalidFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

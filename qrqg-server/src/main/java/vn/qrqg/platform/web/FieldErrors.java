package vn.qrqg.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors of one request, collected field by field so that the caller learns every mistake
 * from one answer ({@link InvalidFieldException}, a 400). {@link #of} starts from the request
 * record's Bean Validation constraints (required, lengths, choices); checks that need more
 * (a code against the administrative areas, a rule across fields, normalising first) then add
 * theirs with {@link #reject}. Messages say what is expected and never echo the value.
 */
public final class FieldErrors {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final List<InvalidRequest.FieldError> errors = new ArrayList<>();
    private final Comparator<String> order;

    /** For checks written in code only (query parameters), named in the order they are made. */
    public FieldErrors() {
        this.order = null;
    }

    private FieldErrors(Class<?> type) {
        this.order = new FieldOrder(type);
    }

    /**
     * The constraint violations of {@code request} (a record), named as JSON paths
     * ({@code placesVisited[0].description}); whatever is added later is named with them in the
     * order of the record's components, as a caller reads the body.
     */
    public static FieldErrors of(Object request) {
        FieldErrors fields = new FieldErrors(request.getClass());
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(request)) {
            fields.reject(field(violation.getPropertyPath()), violation.getMessage());
        }
        return fields;
    }

    public void reject(String field, String message) {
        errors.add(new InvalidRequest.FieldError(field, message));
    }

    /** {@link #reject}, returning null so that a check can end with {@code return errors.fail(…)}. */
    public <T> T fail(String field, String message) {
        reject(field, message);
        return null;
    }

    /** Whether {@code field} has an error already: a later check of it would only repeat the first. */
    public boolean failed(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** How many errors so far; compare before and after a part to learn whether it failed. */
    public int count() {
        return errors.size();
    }

    /** Every error, in the order a caller reads the request. */
    public List<InvalidRequest.FieldError> list() {
        if (order == null) {
            return List.copyOf(errors);
        }
        // a stable sort: two errors of one field keep the order they were found in
        return errors.stream().sorted(Comparator.comparing(InvalidRequest.FieldError::field, order)).toList();
    }

    /** @throws InvalidFieldException naming every field that failed, if any did */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(list());
        }
    }

    /**
     * A whole number from {@code min} to {@code max} (a page, a size); {@code absent} when it is
     * not given, or when it is rejected.
     */
    public int wholeNumber(String field, String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        reject(field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        return absent;
    }

    /** As Spring MVC names a bound field: properties joined by dots, list positions in brackets. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}

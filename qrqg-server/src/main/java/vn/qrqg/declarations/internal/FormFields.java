package vn.qrqg.declarations.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

/**
 * The errors of one request body, collected field by field so that the caller learns every
 * mistake from one answer; messages say what is expected and never echo the value.
 */
final class FormFields {
    private final AdministrativeAreas areas;
    private final List<InvalidRequest.FieldError> errors = new ArrayList<>();

    /** For a body with province and commune codes. */
    FormFields(AdministrativeAreas areas) {
        this.areas = areas;
    }

    /** For query parameters, which name no province. */
    FormFields() {
        this(null);
    }

    void reject(String field, String message) {
        errors.add(new InvalidRequest.FieldError(field, message));
    }

    /** Throws {@link InvalidFieldException} naming every rejected field, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** Stripped text, {@code null} when absent or blank; rejected when longer than {@code max}. */
    String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            reject(field, "must be at most " + max + " characters");
        }
        return text;
    }

    /** An official province code of the current structure. */
    String province(String field, String code) {
        if (code == null || code.isBlank()) {
            reject(field, "is required: an official province code, e.g. 01");
            return null;
        }
        if (!areas.isProvince(code.strip())) {
            reject(field, "is not an official province code of the current structure");
            return null;
        }
        return code.strip();
    }

    /** A commune code of {@code province}, which may be null when that was rejected already. */
    String commune(String field, String code, String province, String provinceField, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                reject(field, "is required: an official commune code, e.g. 00004");
            }
            return null;
        }
        if (province != null && !areas.isCommuneOf(province, code.strip())) {
            reject(field, "is not an official commune code of " + provinceField);
        }
        return code.strip();
    }

    /** The constant of {@code type} named exactly {@code name}. */
    <E extends Enum<E>> E oneOf(String field, String name, Class<E> type, boolean required) {
        if (name == null && !required) {
            return null;
        }
        Optional<E> constant = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
        if (constant.isEmpty()) {
            reject(field, (name == null ? "is required: " : "must be ") + "one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return constant.orElse(null);
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when not given. */
    int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        reject(field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        return absent;
    }

    /** An ISO-8601 time with an offset ({@code Z} or e.g. {@code +07:00}). */
    OffsetDateTime time(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required: an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            reject(field, "must be an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00");
            return null;
        }
    }
}

package vn.qrqg.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.PrintableText;

/**
 * Reads the members of one JSON object, collecting an error for each bad one under its path
 * (e.g. {@code rules[2].conditions[0].days}) in the request's {@link FieldErrors}, so that one
 * answer names every mistake. Raw JSON rather than records with constraints: a member the
 * platform does not know must be refused, not dropped as Jackson would, and paths name items of
 * lists that records could not type (a condition's members depend on its type). Messages
 * say what is expected and never echo a value: values may be personal data. Returns {@code null}
 * for a member that is absent, {@code null} or bad.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final FieldErrors errors;

    /** @param path where {@code node} is, e.g. {@code rules[2]}; empty for the body itself */
    public JsonFields(JsonNode node, String path, FieldErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    public String pathOf(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    public void error(String member, String message) {
        errors.reject(pathOf(member), message);
    }

    public boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    public JsonNode node(String member) {
        return node.get(member);
    }

    /** An error for each member not in {@code known}: a misspelt member must not pass as absent. */
    public void onlyMembers(Set<String> known) {
        for (String member : node.propertyNames()) {
            if (!known.contains(member)) {
                error(member, "is not a member here; expected " + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    public String text(String member, boolean required, int maxLength) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            error(member, "must be a non-blank string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl) || !PrintableText.isAcceptable(text)) {
            error(member, "must be at most " + maxLength + " characters, " + PrintableText.MESSAGE.replace("must not contain", "without"));
            return null;
        }
        return text;
    }

    public Integer integer(String member, boolean required, int min, int max) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            error(member, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    public <E extends Enum<E>> E oneOf(String member, Class<E> type, boolean required) {
        String text = text(member, required, 40);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        error(member, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    public LocalDate date(String member, boolean required) {
        String text = text(member, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(member, "must be a date, YYYY-MM-DD");
            return null;
        }
    }

    /** An ISO-8601 date-time with its offset, e.g. {@code 2021-09-01T08:30:00+07:00}. */
    public Instant instant(String member, boolean required) {
        return instant(member, required, false);
    }

    /** As {@link #instant}, or a date alone, which stands for 00:00 of that day in Vietnam. */
    public Instant instantOrDate(String member, boolean required) {
        return instant(member, required, true);
    }

    private Instant instant(String member, boolean required, boolean dateAllowed) {
        String text = text(member, required, 40);
        if (text == null) {
            return null;
        }
        try {
            if (dateAllowed && text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(VietnamTime.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            error(member, "must be a date-time with its offset, e.g. 2021-09-01T08:30:00+07:00"
                    + (dateAllowed ? ", or a date, YYYY-MM-DD" : ""));
            return null;
        }
    }

    private JsonNode present(String member, boolean required) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                error(member, "is required");
            }
            return null;
        }
        return value;
    }
}

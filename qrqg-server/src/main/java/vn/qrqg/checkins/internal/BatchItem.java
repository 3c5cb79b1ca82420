package vn.qrqg.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.Direction;

/**
 * One event of an offline reader's batch, read leniently: a bad field makes this item rejected
 * with a reason, never the batch. Pure.
 *
 * @param readerId and {@code sequence} as sent, echoed in the item's result (null when unusable)
 * @param rejection why the item is rejected, or null when it is well-formed and in time
 */
record BatchItem(String readerId, Long sequence, Direction direction, Instant occurredAt, String text,
        String rejection) {

    /** The reasons an item is rejected before any look-up. */
    static final String INVALID_EVENT = "INVALID_EVENT";
    static final String INVALID_READER_ID = "INVALID_READER_ID";
    static final String INVALID_SEQUENCE = "INVALID_SEQUENCE";
    static final String INVALID_DIRECTION = "INVALID_DIRECTION";
    static final String INVALID_OCCURRED_AT = "INVALID_OCCURRED_AT";
    static final String INVALID_TEXT = "INVALID_TEXT";
    static final String TOO_LATE = "TOO_LATE";
    static final String IN_THE_FUTURE = "IN_THE_FUTURE";

    /** A reader names itself: letters, digits and {@code . _ : -}, up to 64. */
    private static final Pattern READER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Far beyond any QR's text (a full personal QR is under 200 characters). */
    static final int MAX_TEXT_LENGTH = 2_000;

    boolean accepted() {
        return rejection == null;
    }

    CheckInRepository.Key key() {
        return new CheckInRepository.Key(readerId, sequence, CheckInRepository.dayOf(occurredAt));
    }

    /** Reads one element of {@code events}, judged at {@code now}. */
    static BatchItem read(JsonNode event, Instant now, Duration maxLateness, Duration clockSkew) {
        JsonNode readerNode = event == null ? null : event.get("readerId");
        JsonNode sequenceNode = event == null ? null : event.get("sequence");
        String readerId = readerNode != null && readerNode.isString() ? readerNode.asString() : null;
        Long sequence = sequenceNode != null && sequenceNode.isIntegralNumber() && sequenceNode.canConvertToLong()
                ? sequenceNode.asLong() : null;
        if (event == null || !event.isObject()) {
            return rejected(null, null, INVALID_EVENT);
        }
        if (readerId == null || !READER_ID.matcher(readerId).matches()) {
            return rejected(readerId, sequence, INVALID_READER_ID);
        }
        if (sequence == null || sequence < 0) {
            return rejected(readerId, sequence, INVALID_SEQUENCE);
        }
        JsonNode directionNode = event.get("direction");
        Direction direction = directionNode != null && directionNode.isString()
                ? Direction.parse(directionNode.asString()).orElse(null) : null;
        if (direction == null) {
            return rejected(readerId, sequence, INVALID_DIRECTION);
        }
        Instant occurredAt = instant(event.get("occurredAt"));
        if (occurredAt == null) {
            return rejected(readerId, sequence, INVALID_OCCURRED_AT);
        }
        if (occurredAt.isBefore(now.minus(maxLateness))) {
            return rejected(readerId, sequence, TOO_LATE);
        }
        if (occurredAt.isAfter(now.plus(clockSkew))) {
            return rejected(readerId, sequence, IN_THE_FUTURE);
        }
        JsonNode textNode = event.get("text");
        if (textNode == null || !textNode.isString() || textNode.asString().isBlank()
                || textNode.asString().length() > MAX_TEXT_LENGTH) {
            return rejected(readerId, sequence, INVALID_TEXT);
        }
        return new BatchItem(readerId, sequence, direction, occurredAt, textNode.asString(), null);
    }

    /** An ISO-8601 date-time with its offset ({@code Z} or {@code +07:00}), to the microsecond PostgreSQL keeps. */
    private static Instant instant(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asString().strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BatchItem rejected(String readerId, Long sequence, String reason) {
        return new BatchItem(readerId, sequence, null, null, null, reason);
    }
}

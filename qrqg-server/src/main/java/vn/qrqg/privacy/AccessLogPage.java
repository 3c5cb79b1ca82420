package vn.qrqg.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of a person's access log, newest first: who read their data, when, which fields, why and
 * with what outcome, each in the request's language ({@code words}) beside its stable code.
 *
 * @param total how many reads are shown in all
 */
public record AccessLogPage(int page, int size, long total, List<Access> items) {

    /** Who read: {@link ReaderKind}, the app's public name or the venue's name, and its operator. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Reader(ReaderKind kind, String name, String operator, Venue venue, String scope, String scopeWords) {
    }

    public record Venue(String code, String name) {
    }

    /** Why, in words; {@code code} is the purpose as the audit keeps it, for an app to tell them apart. */
    public record Purpose(String code, String words) {
    }

    public record Field(String name, String words) {
    }

    public record Outcome(String code, String words) {
    }

    /**
     * One read.
     *
     * @param accessId an opaque, stable reference to the read, e.g. for a report that the person does
     *        not recognise it ({@code UNRECOGNISED_READ})
     * @param at when, in Vietnam's time
     */
    public record Access(String accessId, OffsetDateTime at, Reader reader, Purpose purpose, List<Field> fields,
            Outcome outcome) {
    }

    /** Who the reader is to the person. */
    public enum ReaderKind {
        /** an app (its public name and operator) */
        APP,
        /** a venue's staff scanner or its owner (the venue's name) */
        VENUE,
        /** an official body: police, health, tracing, feedback, issuance in person, operators */
        OFFICIAL
    }
}

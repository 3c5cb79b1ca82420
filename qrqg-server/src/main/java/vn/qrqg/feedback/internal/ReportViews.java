package vn.qrqg.feedback.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.feedback.FeedbackStatus;
import vn.qrqg.privacy.AccessLogPage;

/** What officials see of reports: the queue's summaries, which hold no personal data, and one report whole. */
final class ReportViews {

    private ReportViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(String trackingNumber, FeedbackCategory category, FeedbackStatus status, String provinceCode,
            String communeCode, String venueCode, String recordKind, boolean hasPhoto, OffsetDateTime createdAt,
            OffsetDateTime dueAt, boolean overdue, String assignee, OffsetDateTime answeredAt, OffsetDateTime closedAt,
            String forwardedTo, OffsetDateTime forwardedAt, OffsetDateTime recordCorrectedAt) {

        static Summary of(FeedbackRepository.StoredReport r, Instant now) {
            return new Summary(r.trackingNumber(), r.category(), r.status(), r.provinceCode(), r.communeCode(),
                    r.venueCode(), r.recordKind(), r.hasPhoto(), PersonReports.local(r.createdAt()),
                    PersonReports.local(r.dueAt()), r.status().awaitsAnswer() && r.dueAt().isBefore(now), r.assignee(),
                    PersonReports.local(r.answeredAt()), PersonReports.local(r.closedAt()),
                    r.forwardedAt() == null ? null : r.recordSource(), PersonReports.local(r.forwardedAt()),
                    PersonReports.local(r.recordCorrectedAt()));
        }
    }

    record Queue(long total, int page, int size, List<Summary> items) {
    }

    /** The person a report is from; a field the registry lacks is null. */
    record Person(String qid, String shortName, Integer birthYear, String communeCode) {
    }

    record Place(String code, String name, String communeCode) {
    }

    record Record(UUID recordId, String kind, String source, String sourceName, String sourceId,
            OffsetDateTime pushedAt) {
    }

    /**
     * The read of the person's access log that an UNRECOGNISED_READ report is about; {@code kept}
     * false once the audit no longer keeps it (past its retention): then only its id and time.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Read(String accessId, OffsetDateTime at, boolean kept, AccessLogPage.Reader reader,
            AccessLogPage.Purpose purpose, List<AccessLogPage.Field> fields, AccessLogPage.Outcome outcome) {
    }

    record Answer(String text, OffsetDateTime answeredAt, String answeredBy) {
    }

    /** One report whole, for the officials who may see it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(String trackingNumber, FeedbackCategory category, FeedbackStatus status, String provinceCode,
            String communeCode, String venueCode, String recordKind, boolean hasPhoto, OffsetDateTime createdAt,
            OffsetDateTime dueAt, boolean overdue, String assignee, OffsetDateTime answeredAt, OffsetDateTime closedAt,
            String forwardedTo, OffsetDateTime forwardedAt, OffsetDateTime recordCorrectedAt, String text, Person person, Place venue, Record record,
            Read read, Answer answer, List<Summary> previousReports) {
    }

    record Source(String source, String name, long open, long corrected) {
    }
}

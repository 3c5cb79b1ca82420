package vn.qrqg.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.feedback.internal.PersonReports;
import vn.qrqg.holders.Holder;

/**
 * A person's feedback, for the app that holds their holder token (any certified app, no scope):
 * the API's {@code /api/v1/citizens/{qid}/feedback} and the portal's. The QID the call names is
 * checked first, so that another person's QID learns nothing. Reads are audited as the app's.
 */
@Service
public class HolderFeedback {

    /**
     * What a person sends; every field as they typed it, checked here.
     *
     * @param photo the photo's bytes as sent, or null
     */
    public record Submission(String category, String text, String communeCode, String venueCode, String recordId,
            String accessId, byte[] photo) {

        @Override
        public String toString() {
            return "Submission[" + category + "]"; // never what the person wrote
        }
    }

    public record Submitted(String trackingNumber, FeedbackStatus status, OffsetDateTime dueAt) {
    }

    public record Answer(String text, OffsetDateTime answeredAt) {
    }

    public record Place(String code, String name) {
    }

    /** One of the person's reports, as they see it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OwnReport(String trackingNumber, FeedbackCategory category, FeedbackStatus status, String text,
            String communeCode, Place venue, UUID recordId, boolean hasPhoto, OffsetDateTime createdAt,
            OffsetDateTime dueAt, Answer answer, OffsetDateTime recordCorrectedAt, OffsetDateTime closedAt) {
    }

    public record OwnReports(List<OwnReport> items) {
    }

    /** A photo as kept: its type and bytes. */
    public record Photo(String contentType, byte[] bytes) {

        /** The answer that shows it: never cached, its type never guessed at. */
        public ResponseEntity<byte[]> asResponse() {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                    .contentType(MediaType.parseMediaType(contentType)).header("Content-Disposition", "inline")
                    .header("X-Content-Type-Options", "nosniff").body(bytes);
        }
    }

    /**
     * The bytes of a form's part {@code photo}, for a controller; null when there is none. Its
     * size is bounded by the request's body limit (qrqg.web.max-upload-body-size); the photo's own
     * limit is checked by {@link #submit}.
     */
    public static byte[] bytesOf(MultipartFile part) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    private final PersonReports reports;

    HolderFeedback(PersonReports reports) {
        this.reports = reports;
    }

    /**
     * @throws vn.qrqg.platform.web.InvalidFieldException naming each field that is wrong
     * @throws TooManyFeedbackReportsException past the day's limit
     * @throws PhotoNotAcceptedException for a photo that is no JPEG or PNG image
     * @throws PhotoTooLargeException for a photo over the limit
     */
    public Submitted submit(Holder holder, Qid qid, Submission submission) {
        holder.require(qid);
        return reports.submit(holder, submission);
    }

    public OwnReports reports(Holder holder, Qid qid) {
        holder.require(qid);
        return reports.of(holder);
    }

    /** @throws FeedbackNotFoundException when the report is not the person's or has no photo */
    public Photo photo(Holder holder, Qid qid, String trackingNumber) {
        holder.require(qid);
        return reports.photo(holder, trackingNumber);
    }
}

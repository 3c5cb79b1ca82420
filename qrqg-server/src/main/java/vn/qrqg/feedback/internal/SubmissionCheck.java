package vn.qrqg.feedback.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.feedback.HolderFeedback;
import vn.qrqg.health.HealthRecordOrigins;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.PrintableText;
import vn.qrqg.privacy.AccessLog;
import vn.qrqg.privacy.AccessLogPage;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * A submission's fields checked, every mistake named at once, and the report routed to its
 * province: the venue's for a report naming a venue, else the commune's it names, else the
 * person's commune in the registry; none when none is known.
 */
@Component
class SubmissionCheck {
    static final int MAX_TEXT = 2_000;

    /** A submission that passed, with where it belongs. */
    record Checked(FeedbackCategory category, String text, String communeCode, String venueCode, String provinceCode,
            HealthRecordOrigins.RecordOrigin record, AccessLogPage.Access read, FeedbackKeys.Reporter reporter) {
    }

    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final HealthRecordOrigins origins;
    private final Venues venues;
    private final AdministrativeAreas areas;
    private final AccessLog accessLog;

    SubmissionCheck(IssuedQrs issuedQrs, PopulationRegistry registry, HealthRecordOrigins origins, Venues venues,
            AdministrativeAreas areas, AccessLog accessLog) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.origins = origins;
        this.venues = venues;
        this.areas = areas;
        this.accessLog = accessLog;
    }

    /**
     * @throws vn.qrqg.platform.web.InvalidFieldException naming each field that is wrong
     * @throws vn.qrqg.identity.RegistryUnavailableException when the registry cannot answer
     */
    Checked check(Qid qid, HolderFeedback.Submission submission) {
        FieldErrors errors = new FieldErrors();
        // a form's fields pass no JSON reader's check: the same rule for both
        for (var field : java.util.Map.of("category", nn(submission.category()), "text", nn(submission.text()),
                "communeCode", nn(submission.communeCode()), "venueCode", nn(submission.venueCode()),
                "recordId", nn(submission.recordId()), "accessId", nn(submission.accessId())).entrySet()) {
            if (!PrintableText.isAcceptable(field.getValue())) {
                errors.reject(field.getKey(), PrintableText.MESSAGE);
            }
        }
        errors.throwIfAny();
        FeedbackCategory category = category(submission.category(), errors);
        String text = submission.text() == null ? "" : submission.text().strip();
        if (text.isEmpty()) {
            errors.reject("text", "is required: what is wrong, in a few words");
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.reject("text", "must be at most " + MAX_TEXT + " characters");
        }
        String communeCode = blankToNull(submission.communeCode());
        if (communeCode != null && areas.commune(communeCode).isEmpty()) {
            errors.reject("communeCode", "is no commune of the 2025 structure (5 digits, e.g. 00004)");
        }
        Venue venue = venue(submission.venueCode(), category == FeedbackCategory.VENUE_NOT_COMPLYING, errors);
        String documentNumber = issuedQrs.documentNumberOf(qid).orElse(null);
        HealthRecordOrigins.RecordOrigin record = record(submission.recordId(), documentNumber,
                category == FeedbackCategory.WRONG_HEALTH_RECORD, errors);
        AccessLogPage.Access read = read(qid, submission.accessId(), category == FeedbackCategory.UNRECOGNISED_READ,
                errors);
        errors.throwIfAny();
        String provinceCode = venue != null ? venue.provinceCode()
                : communeCode != null ? areas.commune(communeCode).map(AdministrativeAreas.Commune::provinceCode).orElse(null)
                : homeProvince(documentNumber);
        return new Checked(category, text, communeCode, venue == null ? null : venue.code().value(), provinceCode, record,
                read, new FeedbackKeys.Reporter(qid.value(), documentNumber));
    }

    private static FeedbackCategory category(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return errors.fail("category", "is required: one of " + java.util.Arrays.toString(FeedbackCategory.values()));
        }
        try {
            return FeedbackCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return errors.fail("category", "must be one of " + java.util.Arrays.toString(FeedbackCategory.values()));
        }
    }

    private Venue venue(String text, boolean required, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.reject("venueCode", "is required for VENUE_NOT_COMPLYING: the code on the venue's poster");
            }
            return null;
        }
        VenueCode code;
        try {
            code = Venues.parseCode("venueCode", text);
        } catch (vn.qrqg.platform.web.InvalidFieldException e) {
            errors.reject("venueCode", e.errors().getFirst().message());
            return null;
        }
        Optional<Venue> found = venues.find(code);
        if (found.isEmpty()) {
            errors.reject("venueCode", "is no venue registered on the platform");
        }
        return found.orElse(null);
    }

    private HealthRecordOrigins.RecordOrigin record(String text, String documentNumber, boolean required,
            FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.reject("recordId", "is required for WRONG_HEALTH_RECORD: the recordId of one of your health "
                        + "records (GET /api/v1/citizens/{qid}/health-records)");
            }
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return errors.fail("recordId", "is no record id (a UUID from your health records)");
        }
        Optional<HealthRecordOrigins.RecordOrigin> origin = documentNumber == null ? Optional.empty()
                : origins.of(id, documentNumber);
        if (origin.isEmpty()) {
            errors.reject("recordId", "is not one of your health records");
        }
        return origin.orElse(null);
    }

    /**
     * A read of the person's access log: one it shows them, or refused alike whether it is another
     * person's, hidden from the log, gone or no id at all, so that the refusal tells nothing.
     */
    private AccessLogPage.Access read(Qid qid, String text, boolean required, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.reject("accessId", "is required for UNRECOGNISED_READ: the accessId of a read in your access "
                        + "log (GET /api/v1/citizens/{qid}/access-log)");
            }
            return null;
        }
        Optional<AccessLogPage.Access> read = accessLog.shown(qid, text);
        if (read.isEmpty()) {
            errors.reject("accessId", "is not one of the reads in your access log");
        }
        return read.orElse(null);
    }

    private String homeProvince(String documentNumber) {
        if (documentNumber == null) {
            return null;
        }
        return registry.findByDocumentNumber(documentNumber).map(RegisteredPerson::communeCode)
                .flatMap(areas::commune).map(AdministrativeAreas.Commune::provinceCode).orElse(null);
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

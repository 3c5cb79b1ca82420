package vn.qrqg.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.FieldErrors;

/**
 * The query parameters of {@code GET /api/v1/admin/audit}, checked field by field into an
 * {@link AuditFilter}. A search that no index leads to (no qid, clientId, appId nor venueCode: by
 * scope, purpose or time alone) reads every record of its time range, so it needs one of at most
 * {@link #UNINDEXED_DAYS} days: about 0.3 s a day per million records on two cores (docs/audit-review.md),
 * and a day may hold millions.
 */
final class AuditSearchForm {
    static final int UNINDEXED_DAYS = 7;
    static final int MAX_PURPOSE_LENGTH = 200;
    private static final String SCOPES = String.join(", ", Scopes.ALL.stream().sorted().toList());

    private AuditSearchForm() {
    }

    /** The raw parameters, as the request has them (null when absent). */
    record Parameters(String qid, String clientId, String appId, String venueCode, String scope, String purpose,
            String from, String to) {
    }

    /**
     * The filter, its errors added to {@code errors} (then it returns null).
     *
     * @param apps resolves a venue code to the clients bound to the venue
     * @param now the end of a time range given without {@code to}
     */
    static AuditFilter filter(Parameters given, FieldErrors errors, Apps apps, Instant now) {
        String qid = blankToNull(given.qid());
        String clientId = blankToNull(given.clientId());
        String appText = blankToNull(given.appId());
        String venueText = blankToNull(given.venueCode());
        String scope = blankToNull(given.scope());
        String purpose = blankToNull(given.purpose());
        String fromText = blankToNull(given.from());
        String toText = blankToNull(given.to());
        if (qid == null && clientId == null && appText == null && venueText == null && scope == null && purpose == null
                && fromText == null && toText == null) {
            errors.reject("qid", "or another filter is required: clientId, appId, venueCode, scope, purpose, from, to");
            errors.reject("clientId", "or another filter is required: qid, appId, venueCode, scope, purpose, from, to");
            return null;
        }
        if (qid != null && !Qid.isValid(qid)) {
            errors.reject("qid", "is not a QID (18 digits, the last a Luhn check digit)");
        }
        UUID appId = appText == null ? null : uuid(errors, appText);
        List<String> appClients = appId == null ? null : apps.find(appId).map(app -> List.of(app.clientId()))
                .orElse(List.of());
        List<String> venueClients = venueText == null ? null : venueClients(errors, venueText, apps);
        if (scope != null && !Scopes.isKnown(scope)) {
            errors.reject("scope", "must be one of " + SCOPES);
        }
        if (purpose != null && purpose.length() > MAX_PURPOSE_LENGTH) {
            errors.reject("purpose", "must be at most " + MAX_PURPOSE_LENGTH + " characters");
        }
        Instant from = instant(errors, "from", fromText);
        Instant to = instant(errors, "to", toText);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.reject("to", "must be after from");
        }
        boolean indexed = qid != null || clientId != null || appText != null || venueText != null;
        if (!indexed && !errors.failed("from") && !errors.failed("to")) {
            if (from == null) {
                errors.reject("from", "is required, at most " + UNINDEXED_DAYS + " days before to, unless qid, clientId, "
                        + "appId or venueCode is given");
            } else if (Duration.between(from, to == null ? now : to).compareTo(Duration.ofDays(UNINDEXED_DAYS)) > 0) {
                errors.reject("to", "must be at most " + UNINDEXED_DAYS + " days after from, unless qid, clientId, "
                        + "appId or venueCode is given");
            }
        }
        return errors.count() > 0 ? null
                : new AuditFilter(qid, clientId, venueClients, appId, appClients, scope, purpose, from, to);
    }

    /** An ISO-8601 time with an offset ({@code Z} or e.g. {@code +07:00}); null when absent or rejected. */
    static Instant instant(FieldErrors errors, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return errors.fail(field, "must be an ISO-8601 time with an offset, e.g. 2021-09-11T08:30:00+07:00");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID uuid(FieldErrors errors, String text) {
        try {
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // rejected below
        }
        return errors.fail("appId", "is no app id (a UUID, as GET /api/v1/admin/apps lists them)");
    }

    private static List<String> venueClients(FieldErrors errors, String text, Apps apps) {
        VenueCode venue;
        try {
            venue = VenueCode.parse(text);
        } catch (QrFormatException e) {
            return errors.fail("venueCode", "is not a venue code: " + e.detail());
        }
        return apps.boundTo(venue).stream().map(App::clientId).toList();
    }
}

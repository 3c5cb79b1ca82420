package vn.qrqg.scanning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.scan.ScanKind;
import vn.qrqg.dcc.CwtClaims;
import vn.qrqg.dcc.DccCertificate;
import vn.qrqg.dcc.DccType;
import vn.qrqg.dcc.DccValueSets;
import vn.qrqg.passports.DccVerified;
import vn.qrqg.platform.web.RequestLanguage;

/**
 * The answer to a scanned EU DCC (kind {@code DCC}): its outcome (FORMATS.md §4), the failed step
 * and why when it is not valid, and, once its signature verified, the certificate as the scanner's
 * {@link ScanScope} shows it. A text whose signature did not verify shows nothing of what it says.
 */
final class DccAnswers {
    /** The fields of each view, what the audit records as read. */
    static final List<String> VENUE_FIELDS = List.of("shortName", "birthYear", "validity");
    static final List<String> HEALTH_FIELDS = List.of("familyName", "givenName", "standardisedName", "dateOfBirth", "type",
            "vaccination", "test", "recovery", "uvci", "issuingCountry", "issuer", "issuedAt", "trust", "validity");
    static final List<String> POLICE_FIELDS = List.of("familyName", "givenName", "standardisedName", "dateOfBirth", "uvci",
            "issuingCountry", "issuer", "trust", "validity");

    private DccAnswers() {
    }

    static ScanAnswer of(DccVerified verified, ScanScope view) {
        String reason = DccReasons.of(verified, RequestLanguage.vietnamese());
        DccScanView shown = verified.authentic() ? present(verified, view, reason) : null;
        return new ScanAnswer(outcome(verified), ScanKind.DCC, null, DccReasons.failedStep(verified), null, reason,
                null, shown);
    }

    /**
     * {@code VALID}; {@code REVOKED}; {@code EXPIRED} (outside its or its signer's validity);
     * {@code UNKNOWN_KEY} (no trust list holds its signer); {@code INVALID_SIGNATURE} (the signature
     * does not verify, or its signer may not sign its type); {@code MALFORMED} (it does not decode,
     * or breaks the schema).
     */
    static ScanOutcome outcome(DccVerified verified) {
        if (verified.result().failedStep() == null) {
            return verified.revokedAt() == null ? ScanOutcome.VALID : ScanOutcome.REVOKED;
        }
        return switch (verified.result().failedStep()) {
            case PREFIX, BASE45, ZLIB, COSE, CBOR, SCHEMA -> ScanOutcome.MALFORMED;
            case SIGNATURE -> DccReasons.unknownSigner(verified.result()) ? ScanOutcome.UNKNOWN_KEY
                    : ScanOutcome.INVALID_SIGNATURE;
            case EXPIRY -> ScanOutcome.EXPIRED;
            case KEY_USAGE -> ScanOutcome.INVALID_SIGNATURE;
        };
    }

    private static DccScanView present(DccVerified verified, ScanScope view, String reason) {
        DccCertificate certificate = verified.result().certificate();
        JsonNode payload = certificate.payload();
        JsonNode name = payload.path("nam");
        String familyName = text(name.path("fn"), name.path("fnt"));
        String givenName = text(name.path("gn"), name.path("gnt"));
        String standardised = text(name.path("fnt")) == null ? null
                : text(name.path("fnt")) + (text(name.path("gnt")) == null ? "" : "<<" + text(name.path("gnt")));
        String dateOfBirth = text(payload.path("dob"));
        CwtClaims claims = certificate.claims();
        DccValidity validity = new DccValidity(verified.valid(), DccReasons.failedStep(verified), reason,
                claims.expiresAt(), verified.revokedAt());
        JsonNode entry = certificate.entry();
        String issuingCountry = claims.issuer() != null ? claims.issuer() : text(entry.path("co"));
        DccTrustView trust = verified.trust() == null ? null
                : new DccTrustView(verified.trust().source().name(), verified.trust().country());
        return switch (view) {
            case VENUE -> new DccVenueView(shortName(familyName, givenName), birthYear(dateOfBirth), validity);
            case POLICE -> new DccPoliceView(familyName, givenName, standardised, dateOfBirth, text(entry.path("ci")),
                    issuingCountry, text(entry.path("is")), trust, validity);
            case HEALTH -> {
                DccType type = certificate.type();
                yield new DccHealthView(familyName, givenName, standardised, dateOfBirth, type.name(),
                        type == DccType.VACCINATION ? vaccination(entry) : null,
                        type == DccType.TEST ? test(entry) : null, type == DccType.RECOVERY ? recovery(entry) : null,
                        text(entry.path("ci")), issuingCountry, text(entry.path("is")), claims.issuedAt(), trust,
                        validity);
            }
        };
    }

    private static DccHealthView.Vaccination vaccination(JsonNode v) {
        return new DccHealthView.Vaccination(named(DccValueSets.DISEASE, v.path("tg")), named(DccValueSets.VACCINE, v.path("vp")),
                named(DccValueSets.PRODUCT, v.path("mp")), named(DccValueSets.MANUFACTURER, v.path("ma")),
                number(v.path("dn")), number(v.path("sd")), text(v.path("dt")), text(v.path("co")));
    }

    private static DccHealthView.Test test(JsonNode t) {
        return new DccHealthView.Test(named(DccValueSets.DISEASE, t.path("tg")), named(DccValueSets.TEST_TYPE, t.path("tt")),
                text(t.path("nm")), text(t.path("ma")), text(t.path("sc")), named(DccValueSets.TEST_RESULT, t.path("tr")),
                text(t.path("tc")), text(t.path("co")));
    }

    private static DccHealthView.Recovery recovery(JsonNode r) {
        return new DccHealthView.Recovery(named(DccValueSets.DISEASE, r.path("tg")), text(r.path("fr")),
                text(r.path("df")), text(r.path("du")), text(r.path("co")));
    }

    /** The value set's name for the code, else the code as written. */
    private static String named(String set, JsonNode code) {
        String value = text(code);
        return value == null ? null : DccValueSets.display(set, value).orElse(value);
    }

    /** The first of these that is a non-blank string. */
    private static String text(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }

    private static Integer number(JsonNode node) {
        return node.canConvertToInt() && node.isNumber() ? node.intValue() : null;
    }

    private static String shortName(String familyName, String givenName) {
        String full = ((familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName)).strip();
        return full.isEmpty() ? null : ShortNames.of(full);
    }

    private static Integer birthYear(String dateOfBirth) {
        return dateOfBirth != null && dateOfBirth.matches("\\d{4}.*") ? Integer.valueOf(dateOfBirth.substring(0, 4)) : null;
    }
}

package vn.qrqg.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every problem {@code type} the platform answers, in one place: apps switch on these URIs, so
 * a constant may be added but never renamed. Published in the OpenAPI document
 * ({@code ProblemCatalogue}) and in docs/api.md (its table is checked against this enum by
 * {@code ProblemTypeTest}).
 */
public enum ProblemType {
    // the platform's own, for every capability
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request",
            "a field the platform cannot take; `errors` names each, never echoing the value"),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
            "a body larger than the endpoint accepts; `maxBytes` says how large it may be"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Busy", "the platform is busy: a look-up could not be made in "
            + "time, no database connection came in time, or as many scans are in progress as it admits; "
            + "`Retry-After: 1`"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "anything unexpected; logged, never described to the caller"),
    HTTP_400("http-400", HttpStatus.BAD_REQUEST, "Bad Request", "Spring MVC: a missing parameter, header or part"),
    HTTP_404("http-404", HttpStatus.NOT_FOUND, "Not Found", "an unknown path"),
    HTTP_405("http-405", HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", "a method the path does not take"),
    HTTP_406("http-406", HttpStatus.NOT_ACCEPTABLE, "Not Acceptable", "an `Accept` the endpoint cannot answer"),
    HTTP_413("http-413", HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "an upload larger than multipart allows"),
    HTTP_415("http-415", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
            "a `Content-Type` the endpoint does not read"),
    HTTP_500("http-500", HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "Spring MVC could not answer"),
    HTTP_503("http-503", HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", "an asynchronous answer timed out"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT, "Request in progress",
            "a request with this `Idempotency-Key` is in progress; `Retry-After: 1`, then its answer comes again"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
            "this `Idempotency-Key` came before with another request (method, path or body)"),
    // clients: access tokens and apps
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Access token required",
            "no access token (on a venue's staff endpoints: no owner token, titled so)"),
    INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED, "Invalid access token",
            "an access token malformed, expired or not signed by this platform"),
    APP_NOT_CERTIFIED("app-not-certified", HttpStatus.UNAUTHORIZED, "App not certified",
            "the app is not certified (any more); `clientId`, `appStatus`"),
    INSUFFICIENT_SCOPE("insufficient-scope", HttpStatus.FORBIDDEN, "Insufficient scope",
            "the access token lacks a scope the call needs"),
    TOO_MANY_FAILED_AUTHENTICATIONS("too-many-failed-authentications", HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed authentications", "a client id or address failed too often; `Retry-After`"),
    UNKNOWN_SCOPE("unknown-scope", HttpStatus.BAD_REQUEST, "Unknown scope",
            "scopes the platform does not have; `unknownScopes`"),
    APP_NOT_FOUND("app-not-found", HttpStatus.NOT_FOUND, "App not found", "no app has this id; `appId`"),
    APP_REVOKED("app-revoked", HttpStatus.CONFLICT, "App revoked", "a revoked app's status no longer changes"),
    // holders: acting for a person
    HOLDER_TOKEN_REQUIRED("holder-token-required", HttpStatus.FORBIDDEN, "Holder token required",
            "a call acting for a person without `X-Holder-Token`"),
    INVALID_HOLDER_TOKEN("invalid-holder-token", HttpStatus.FORBIDDEN, "Invalid holder token",
            "a holder token unknown, revoked or another app's"),
    NOT_THE_HOLDER("not-the-holder", HttpStatus.FORBIDDEN, "Not the holder",
            "the holder token acts for another person than the path names"),
    HOLDER_NOT_FOUND("holder-not-found", HttpStatus.NOT_FOUND, "No such app acting for the person",
            "the person has no valid holder token with this id"),
    // identity and insurance
    DECLARATION_MISMATCH("declaration-mismatch", HttpStatus.UNPROCESSABLE_CONTENT,
            "Declaration does not match the population registry",
            "the declaration does not match the registry; `mismatchedFields`"),
    REGISTRY_UNAVAILABLE("registry-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Population registry unavailable",
            "the population registry cannot answer now"),
    REGISTRY_IMPORT_REJECTED("registry-import-rejected", HttpStatus.BAD_REQUEST, "Registry import file rejected",
            "a registry import file that cannot be read at all"),
    REGISTRY_IMPORT_UNAVAILABLE("registry-import-unavailable", HttpStatus.CONFLICT,
            "No reference registry to import into", "the platform uses an external population registry"),
    INSURANCE_MISMATCH("insurance-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "Health-insurance number not confirmed",
            "social insurance does not confirm the card; `mismatchedFields`"),
    INSURANCE_UNAVAILABLE("insurance-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Social insurance unavailable",
            "social insurance cannot answer now; `Retry-After: 30`"),
    INSURANCE_IMPORT_UNAVAILABLE("insurance-import-unavailable", HttpStatus.CONFLICT,
            "No reference social-insurance database to import into", "the platform uses an external social insurance"),
    // issuance
    SIGNING_KEY_NOT_FOUND("signing-key-not-found", HttpStatus.NOT_FOUND, "Signing key not found",
            "no signing key has this kid; `kid`"),
    UNKNOWN_DECLARER("unknown-declarer", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown declarer",
            "nobody holds the `declaredBy` QID; `field`"),
    PROOF_REQUIRED("proof-required", HttpStatus.UNPROCESSABLE_CONTENT, "The person cannot be proven here",
            "no mobile number to send the person a code; `routes` still open"),
    NOT_IN_HOUSEHOLD("not-in-household", HttpStatus.FORBIDDEN, "Not in the person's household",
            "the declarer is not in the person's household"),
    TOO_MANY_DECLARATIONS("too-many-declarations", HttpStatus.TOO_MANY_REQUESTS,
            "Too many declarations that did not match", "too many mismatches this hour; `Retry-After`"),
    TOO_MANY_CODES("too-many-codes", HttpStatus.TOO_MANY_REQUESTS, "Too many codes",
            "as many codes sent as an hour allows (issuance, portal sign-in); `Retry-After`"),
    IN_PERSON_QUOTA_EXCEEDED("in-person-quota-exceeded", HttpStatus.TOO_MANY_REQUESTS, "In-person quota reached",
            "an official's credential issued as many QRs in person as an hour allows; `Retry-After`"),
    CITIZEN_QR_NOT_FOUND("citizen-qr-not-found", HttpStatus.NOT_FOUND, "No QR to revoke",
            "nobody holds this QID, or they hold no QR yet"),
    TOO_MANY_REVOCATIONS("too-many-revocations", HttpStatus.TOO_MANY_REQUESTS, "Too many revocations",
            "the person's QR was revoked as often as a day allows; `Retry-After`"),
    CHALLENGE_NOT_FOUND("challenge-not-found", HttpStatus.NOT_FOUND, "Challenge not found",
            "no pending challenge of this app with this id"),
    WRONG_CODE("wrong-code", HttpStatus.UNPROCESSABLE_CONTENT, "Wrong code",
            "not the code sent by SMS (issuance, venue registration); `attemptsLeft`"),
    CODE_EXPIRED("code-expired", HttpStatus.GONE, "Code expired", "the code sent by SMS has expired"),
    TOO_MANY_ATTEMPTS("too-many-attempts", HttpStatus.GONE, "Too many attempts", "too many wrong codes: it is void"),
    // scanning, venues, check-ins
    SCAN_QUOTA_EXCEEDED("scan-quota-exceeded", HttpStatus.TOO_MANY_REQUESTS, "Scan quota exceeded",
            "a scanner credential scanned as many people as an hour allows; `Retry-After`, `peoplePerHour`"),
    VENUE_NOT_FOUND("venue-not-found", HttpStatus.NOT_FOUND, "Venue not found", "no venue has this code; `venueCode`"),
    VENUE_SUSPENDED("venue-suspended", HttpStatus.CONFLICT, "Venue suspended",
            "the venue takes no check-ins; `venueCode`"),
    REGISTRATION_NOT_FOUND("registration-not-found", HttpStatus.NOT_FOUND, "Registration not found",
            "no venue registration has this id"),
    REGISTRATION_CONFIRMED("registration-confirmed", HttpStatus.CONFLICT, "Registration confirmed already",
            "the venue registration was confirmed before"),
    TOO_MANY_REGISTRATIONS("too-many-registrations", HttpStatus.TOO_MANY_REQUESTS, "Too many registrations",
            "a mobile number started as many venue registrations as an hour allows; `Retry-After`"),
    INVALID_OWNER_TOKEN("invalid-owner-token", HttpStatus.UNAUTHORIZED, "Invalid owner token",
            "a bearer token on a venue's staff endpoints that is no venue's owner token"),
    NOT_VENUE_OWNER("not-venue-owner", HttpStatus.FORBIDDEN, "Not this venue's owner",
            "the owner token is another venue's"),
    STAFF_NOT_FOUND("staff-not-found", HttpStatus.NOT_FOUND, "Staff member not found",
            "the venue has no staff member with this id; `staffId`"),
    TOO_MANY_STAFF("too-many-staff", HttpStatus.CONFLICT, "Too many staff",
            "the venue holds as many staff scanners as it may; `max`"),
    ENROLMENT_NOT_FOUND("enrolment-not-found", HttpStatus.NOT_FOUND, "Enrolment link not found",
            "no staff scanner's enrolment link has this code: mistyped, replaced by a newer link, its staff member "
                    + "removed, or expired and deleted"),
    ENROLMENT_USED("enrolment-used", HttpStatus.GONE, "Enrolment link used",
            "the staff scanner's enrolment link was used already: each works once"),
    ENROLMENT_EXPIRED("enrolment-expired", HttpStatus.GONE, "Enrolment link expired",
            "the staff scanner's enrolment link is older than its 15 minutes"),
    QR_NOT_ACCEPTED("qr-not-accepted", HttpStatus.UNPROCESSABLE_CONTENT, "QR not accepted",
            "the scan identified nobody to check in; `outcome`, `format`, and `venue` `{venueCode, name}` for a "
                    + "venue's poster"),
    NOT_THIS_VENUE("not-this-venue", HttpStatus.FORBIDDEN, "Not this venue",
            "the caller acts for another venue, or for none"),
    // health, audit, SMS
    UNKNOWN_PERSON("unknown-person", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown person",
            "a record names nobody in the population registry; `field`"),
    HEALTH_RECORD_CONFLICT("health-record-conflict", HttpStatus.CONFLICT, "Health record conflict",
            "the `sourceId` names a record with other content or of another person"),
    UNKNOWN_PROVINCE("unknown-province", HttpStatus.NOT_FOUND, "Unknown province",
            "no province of the 2025 structure has this code"),
    AUDIT_UNAVAILABLE("audit-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Audit unavailable",
            "the read could not be audited, so it is not answered; `Retry-After: 1`"),
    SMS_UNAVAILABLE("sms-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "SMS unavailable",
            "the text message could not be sent now"),
    // the citizens' portal
    NOT_SIGNED_IN("not-signed-in", HttpStatus.UNAUTHORIZED, "Not signed in", "the portal needs a session"),
    PORTAL_HEADER_REQUIRED("portal-header-required", HttpStatus.FORBIDDEN, "Header required",
            "a portal request that changes something lacks `X-QRQG-Portal: 1`"),
    INVALID_CODE("invalid-code", HttpStatus.BAD_REQUEST, "Invalid code",
            "a sign-in code that does not sign in; `reason`, `attemptsLeft`"),
    NOT_YOUR_PERSON("not-your-person", HttpStatus.NOT_FOUND, "Not your person",
            "the account declared nobody with this QID"),
    SELF_DECLARED("self-declared", HttpStatus.CONFLICT, "Another person is declared as yourself",
            "the account has another person as SELF"),
    PROVINCE_NOT_FOUND("province-not-found", HttpStatus.NOT_FOUND, "Province not found",
            "the portal's area picker knows no such province"),
    PORTAL_UNAVAILABLE("portal-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Portal unavailable",
            "the portal could not reach the platform"),
    // tracing
    CASE_NOT_FOUND("case-not-found", HttpStatus.NOT_FOUND, "Case not found",
            "the calling app reported no case with this id (or it is past its retention)"),
    // the risk map
    AREA_NOT_FOUND("area-not-found", HttpStatus.NOT_FOUND, "Area not found",
            "no province (2 digits) or commune (5 digits) of the 2025 structure has this code"),
    NOT_YOUR_PROVINCE("not-your-province", HttpStatus.FORBIDDEN, "Not your province",
            "the app is limited to other provinces than the one it acts for; `provinceCode`"),
    // feedback
    FEEDBACK_NOT_FOUND("feedback-not-found", HttpStatus.NOT_FOUND, "Feedback report not found",
            "no report has this tracking number, or not one the app may see (its provinces and categories)"),
    FEEDBACK_CLOSED("feedback-closed", HttpStatus.CONFLICT, "Feedback report closed",
            "the report is closed: it takes no further action"),
    TOO_MANY_FEEDBACK_REPORTS("too-many-feedback-reports", HttpStatus.TOO_MANY_REQUESTS, "Too many feedback reports",
            "the person sent as many reports as a day allows; `Retry-After`"),
    PHOTO_NOT_ACCEPTED("photo-not-accepted", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Photo not accepted",
            "the part `photo` is not a JPEG or PNG image the platform can read, whatever its name"),
    PHOTO_TOO_LARGE("photo-too-large", HttpStatus.CONTENT_TOO_LARGE, "Photo too large",
            "the part `photo` is larger than allowed; `maxBytes`"),
    // the change feed
    FEED_ENDPOINT_NOT_FOUND("feed-endpoint-not-found", HttpStatus.NOT_FOUND, "Feed endpoint not found",
            "the calling app has registered no push endpoint (PUT /api/v1/feed/endpoint)"),
    // the international vaccine passport (EU DCC)
    PASSPORT_NOT_FOUND("passport-not-found", HttpStatus.NOT_FOUND, "Passport request not found",
            "no passport request with this id is the caller's: the person's own, or one at the calling site's or "
                    + "the department's step"),
    NO_VACCINATION_RECORD("no-vaccination-record", HttpStatus.UNPROCESSABLE_CONTENT, "No vaccination to certify",
            "the national vaccination system reported no dose of the person, or their last dose names no site to "
                    + "check it"),
    PASSPORT_REQUEST_OPEN("passport-request-open", HttpStatus.CONFLICT, "A passport request is open",
            "the person has a request awaiting its site or signature; `requestId`, `status`"),
    PASSPORT_NOT_AWAITING("passport-not-awaiting", HttpStatus.CONFLICT, "Not at this step",
            "the request is not at the step the call takes: signing before its site approved, deciding twice, "
                    + "revoking what is not issued; `requestId`, `status`"),
    // passports: the DCC signers
    DCC_SIGNER_NOT_FOUND("dcc-signer-not-found", HttpStatus.NOT_FOUND, "DCC signer not found",
            "no country signing CA or document signer has this key id; `kid`"),
    NO_DCC_SIGNER("no-dcc-signer", HttpStatus.SERVICE_UNAVAILABLE, "No DCC document signer",
            "no document signer is active, and the platform makes none (production): an operator imports one"),
    DCC_SIGNER_NOT_ACCEPTED("dcc-signer-not-accepted", HttpStatus.UNPROCESSABLE_CONTENT, "DCC signer not accepted",
            "the PKCS#12 or PEM cannot be imported as a document signer; `reason` says why, nothing was changed"),
    DCC_SIGNER_IN_USE("dcc-signer-in-use", HttpStatus.CONFLICT, "DCC signer in use",
            "the active document signer cannot be withdrawn: rotate or import another first"),
    DCC_CSCA_KEY_NOT_HELD("dcc-csca-key-not-held", HttpStatus.CONFLICT, "Country signing CA's key not held",
            "the platform holds only the country signing CA's certificate, so it cannot certify a new document "
                    + "signer itself: import one");

    private static final String BASE = "https://qrqg.vn/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;
    private final String meaning;

    ProblemType(String slug, HttpStatus status, String title, String meaning) {
        this.uri = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** For the catalogue (docs/api.md, the OpenAPI document): when the platform answers it. */
    public String meaning() {
        return meaning;
    }

    /** This problem with this detail; properties are added as the case needs. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The type of a problem Spring MVC made itself ({@code about:blank}): {@code http-} and its
     * status, listed above for those it makes, so that no answer is without a stable type.
     */
    static URI ofSpringStatus(HttpStatusCode status) {
        return URI.create(BASE + "http-" + status.value());
    }
}

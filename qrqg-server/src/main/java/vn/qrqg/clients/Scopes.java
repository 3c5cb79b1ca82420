package vn.qrqg.clients;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The scopes a client may hold and ask a token for. Constants, so that they fit in annotations:
 * {@code @RequiresScope(Scopes.SCAN_VENUE)}.
 */
public final class Scopes {
    /** Issue personal QRs on a citizen's behalf. */
    public static final String QR_ISSUE = "qr:issue";
    /**
     * Issue a person's QR in person, without a code: held by certified officials (commune police,
     * health stations) who saw the person's document; every such issuance is audited and limited
     * per credential.
     */
    public static final String QR_IN_PERSON = "qr:in-person";
    /** Scan at a venue: short name, birth year, COVID card colour. */
    public static final String SCAN_VENUE = "scan:venue";
    /** Scan as a health officer: also vaccination and test data. */
    public static final String SCAN_HEALTH = "scan:health";
    /** Scan as police: the identity fields. */
    public static final String SCAN_POLICE = "scan:police";
    /** Push vaccination, test and recovery records from the national health systems. */
    public static final String HEALTH_WRITE = "health:write";
    /** Read health data as a health officer: declarations by person or by vehicle and day, and records. */
    public static final String HEALTH_READ = "health:read";
    /** Operate the platform: everything under {@code /api/v1/admin/}. */
    public static final String ADMIN = "admin";
    /**
     * Check visitors in at one venue: held only by a venue's staff scanner, a client bound to
     * that venue ({@link CallingClient#venueCode()}), made by the venue's owner.
     */
    public static final String CHECKIN_VENUE = "checkin:venue";
    /** Report that the app's holder checked in at a venue by scanning its QR. */
    public static final String CHECKIN_SELF = "checkin:self";
    /**
     * Report confirmed cases (F0) and withdraw them: held by the health authorities' systems; the
     * platform traces each case's contacts and alerts them.
     */
    public static final String TRACING_WRITE = "tracing:write";
    /**
     * Read confirmed cases and call their contacts: held by tracers of the health authorities; an
     * app limited to provinces ({@link App#provinces()}) sees only theirs. Every contact read is audited.
     */
    public static final String TRACING_READ = "tracing:read";
    /**
     * Enter a province's treatment capacity and declare its communes' risk levels: held by
     * province officials; an app limited to provinces ({@link App#provinces()}) acts for theirs only.
     */
    public static final String RISK_WRITE = "risk:write";
    /**
     * Triage and answer citizens' feedback: held by officials of the health departments; an app
     * limited to provinces ({@link App#provinces()}) or to categories of feedback sees only
     * reports of those. Every read of a report is audited.
     */
    public static final String FEEDBACK_HANDLE = "feedback:handle";
    /**
     * Read the app's change feed (docs/feed.md): what changed for the people it holds a holder
     * token for, or for everyone with {@link #HEALTH_READ}.
     */
    public static final String FEED_READ = "feed:read";
    /**
     * Check and approve or reject citizens' requests for the international vaccine passport
     * (docs/dcc.md, "Issuing the passport"): held by a vaccination site, an app bound to that one
     * site ({@link CallingClient#vaccinationSite()}), set by an admin at registration; it sees the
     * requests of its site only.
     */
    public static final String DCC_SITE = "dcc:site";
    /**
     * Sign the international vaccine passports the sites approved, reject them, and revoke issued
     * ones: held by the central preventive-medicine department, nationwide.
     */
    public static final String DCC_SIGN = "dcc:sign";

    /** Every scope, in the order above. */
    public static final Set<String> ALL = Set.copyOf(List.of(QR_ISSUE, QR_IN_PERSON, SCAN_VENUE, SCAN_HEALTH, SCAN_POLICE,
            HEALTH_WRITE, HEALTH_READ, ADMIN, CHECKIN_VENUE, CHECKIN_SELF, TRACING_WRITE, TRACING_READ, RISK_WRITE,
            FEEDBACK_HANDLE, FEED_READ, DCC_SITE, DCC_SIGN));

    private Scopes() {
    }

    public static boolean isKnown(String scope) {
        return ALL.contains(scope);
    }

    /** The ones of {@code scopes} that are not scopes of the platform, in their order. */
    public static List<String> unknown(Collection<String> scopes) {
        return scopes.stream().filter(scope -> !isKnown(scope)).toList();
    }
}

package vn.qrqg.audit;

import java.util.List;
import vn.qrqg.clients.Scopes;

/**
 * What kind of reader a read of personal data was made as, for the unusual readers' review
 * ({@link UnusualReaders}): a credential-hour is judged against those of its own kind only, since
 * a police checkpoint reads many more people an hour than a café's door scanner.
 *
 * <p>The one place of the rule. The kind is told by the scope the read was made under, as the
 * audit records it, not by the client's registration: the audit holds it on every row, so the
 * aggregation stays in SQL over the audit alone (no join to another module's table), and a client
 * holding scopes of both kinds has each read judged as what it was. Reads under no scope (a holder
 * reading their own data), {@code admin}, {@code feed:read} and the like are of neither kind and
 * are left out.
 */
public enum ReaderKind {
    /**
     * A venue's staff or door scanner: {@code checkin:venue} (a staff scanner, bound to its venue)
     * and {@code scan:venue} (a venue's scanning app).
     */
    VENUE_STAFF(List.of(Scopes.CHECKIN_VENUE, Scopes.SCAN_VENUE)),
    /**
     * An official: police and health officers scanning or reading health data, tracers, officials
     * handling feedback or issuing QRs in person, vaccination sites and the department checking and
     * signing vaccine passports.
     */
    OFFICIAL(List.of(Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH, Scopes.HEALTH_READ, Scopes.TRACING_READ,
            Scopes.FEEDBACK_HANDLE, Scopes.QR_IN_PERSON, Scopes.DCC_SITE, Scopes.DCC_SIGN));

    private final List<String> scopes;

    ReaderKind(List<String> scopes) {
        this.scopes = scopes;
    }

    /** The scopes whose reads are of this kind. */
    public List<String> scopes() {
        return scopes;
    }
}

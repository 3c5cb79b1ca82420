package vn.qrqg.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What operators look for in the audit; every filter given narrows (AND), a null one matches all.
 *
 * @param qid the person read (a QID's text)
 * @param clientId the reading client
 * @param venueClients the clients bound to a venue (its staff scanners); null: any client, empty: none
 * @param appId the reading app
 * @param appClients the app's clients (its one client_id today), which lead the search to an index;
 *        null when no app is given, empty for an app the platform does not know
 * @param scope the scope the data was read under
 * @param purpose the endpoint that read it, exactly, e.g. {@code POST /api/v1/scans}
 * @param from reads at or after
 * @param to reads before (exclusive)
 */
public record AuditFilter(String qid, String clientId, List<String> venueClients, UUID appId, List<String> appClients,
        String scope, String purpose, Instant from, Instant to) {

    public AuditFilter {
        venueClients = venueClients == null ? null : List.copyOf(venueClients);
        appClients = appClients == null ? null : List.copyOf(appClients);
        if ((appId == null) != (appClients == null)) {
            throw new IllegalArgumentException("an app is searched with its clients");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /**
     * Whether an index leads to the matching records (a person, a client, a venue's or an app's
     * clients) whatever the time range.
     */
    public boolean indexed() {
        return qid != null || clientId != null || venueClients != null || appClients != null;
    }

    /** Whether any filter is given at all. */
    public boolean any() {
        return indexed() || appId != null || scope != null || purpose != null || from != null || to != null;
    }
}

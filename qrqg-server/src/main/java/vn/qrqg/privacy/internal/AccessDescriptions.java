package vn.qrqg.privacy.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditQuery;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.privacy.AccessLogPage;
import vn.qrqg.privacy.AccessLogPage.ReaderKind;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * An audit record told as a person reads it: the reader named (the app's public name and operator,
 * the venue's name, the official body), and the purpose, fields and outcome in words.
 */
@Component
public class AccessDescriptions {
    /** How the check-ins capability names a venue's owner reading its history: no app, no scope. */
    public static final String VENUE_OWNER = "venue-owner:";
    /** The scopes only public bodies hold: their reads are an official's. */
    static final Set<String> OFFICIAL_SCOPES = Set.of(Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH, Scopes.HEALTH_READ,
            Scopes.TRACING_READ, Scopes.FEEDBACK_HANDLE, Scopes.QR_IN_PERSON, Scopes.ADMIN);

    private final Apps apps;
    private final Venues venues;
    private final AccessWords words = AccessWords.catalogue();

    AccessDescriptions(Apps apps, Venues venues) {
        this.apps = apps;
        this.venues = venues;
    }

    /** The reads of a page, each app and venue looked up once. */
    public List<AccessLogPage.Access> describe(List<AuditQuery.Numbered> reads, boolean vietnamese) {
        Map<UUID, Optional<App>> appsById = new HashMap<>();
        Map<String, Optional<Venue>> venuesByCode = new HashMap<>();
        return reads.stream().map(read -> describe(read, vietnamese, appsById, venuesByCode)).toList();
    }

    private AccessLogPage.Access describe(AuditQuery.Numbered read, boolean vi, Map<UUID, Optional<App>> appsById,
            Map<String, Optional<Venue>> venuesByCode) {
        AuditEntry entry = read.entry();
        AccessLogPage.Reader reader = reader(entry, vi, appsById, venuesByCode);
        AccessWords.Words purpose = words.purpose(entry.purpose(), entry.scope()).orElse(words.generic("purpose"));
        List<AccessLogPage.Field> fields = entry.fields().stream().map(name -> new AccessLogPage.Field(name,
                words.field(name).orElse(words.generic("field")).in(vi))).toList();
        AccessWords.Words outcome = words.outcome(entry.outcome()).orElse(words.generic("outcome"));
        return new AccessLogPage.Access(Long.toString(read.id()), OffsetDateTime.ofInstant(entry.at(), VietnamTime.ZONE),
                reader, new AccessLogPage.Purpose(entry.purpose(), purpose.in(vi)), fields,
                new AccessLogPage.Outcome(entry.outcome(), outcome.in(vi)));
    }

    private AccessLogPage.Reader reader(AuditEntry entry, boolean vi, Map<UUID, Optional<App>> appsById,
            Map<String, Optional<Venue>> venuesByCode) {
        String scope = entry.scope();
        String scopeWords = scope == null ? null : words.scope(scope).orElse(words.generic("scope")).in(vi);
        if (entry.clientId().startsWith(VENUE_OWNER)) {
            AccessLogPage.Venue venue = venue(entry.clientId().substring(VENUE_OWNER.length()), venuesByCode);
            return new AccessLogPage.Reader(ReaderKind.VENUE, venue.name(), null, venue, scope,
                    vi ? "chủ địa điểm" : "the place's owner");
        }
        Optional<App> app = appsById.computeIfAbsent(entry.appId(), apps::find);
        String name = app.map(App::name).orElse(null);
        String operator = app.map(App::operator).orElse(null);
        if (app.map(App::venueCode).isPresent()) {
            AccessLogPage.Venue venue = venue(app.get().venueCode().value(), venuesByCode);
            // a staff scanner's operator is the platform's bookkeeping ("Venue CODE"): the venue names it
            return new AccessLogPage.Reader(ReaderKind.VENUE, venue.name() == null ? name : venue.name(), null,
                    venue, scope, scopeWords);
        }
        ReaderKind kind = scope != null && OFFICIAL_SCOPES.contains(scope) ? ReaderKind.OFFICIAL : ReaderKind.APP;
        return new AccessLogPage.Reader(kind, name, operator, null, scope, scopeWords);
    }

    private AccessLogPage.Venue venue(String code, Map<String, Optional<Venue>> venuesByCode) {
        Optional<Venue> venue = venuesByCode.computeIfAbsent(code, c -> {
            try {
                return venues.find(new VenueCode(c));
            } catch (RuntimeException malformed) { // a code the audit kept from an older format: named by code alone
                return Optional.empty();
            }
        });
        return new AccessLogPage.Venue(code, venue.map(Venue::name).orElse(null));
    }
}

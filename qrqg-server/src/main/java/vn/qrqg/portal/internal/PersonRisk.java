package vn.qrqg.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.checkins.HolderCheckIns;
import vn.qrqg.checkins.OwnCheckInsPage;
import vn.qrqg.checkins.OwnCheckInsPage.OwnCheckIn;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.risk.RiskLevel;
import vn.qrqg.risk.RiskLevels;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * The risk levels that concern one of the account's people today (issue 18): the commune of their
 * permanent address as the registry holds it, and the communes of the venues they checked in at
 * lately, each with the level the public map shows. Their check-ins are read through
 * {@link HolderCheckIns}, audited there; their commune no API of the platform answers, so it is
 * audited here, as the portal app's read, exactly as {@code HolderHealth} audits the records.
 */
@Service
class PersonRisk {
    static final String PURPOSE = "GET /portal/api/people/{qid}/risk";
    /** As far back as visits count: the 14 days tracing follows an exposure, the alerts' active span. */
    static final Duration RECENT = Duration.ofDays(14);
    static final int MAX_VENUES = 10;
    private static final String PAGE_SIZE = "100"; // the most a page of own check-ins holds

    /** What the panel shows: {@code home} null when the registry holds no commune for the person. */
    record View(LocalDate date, RiskLevel home, List<Visited> venues) {
    }

    /**
     * A venue the person checked in at, newest first.
     *
     * @param commune the level of the venue's commune; null when the venue is gone
     */
    record Visited(String venueCode, String venueName, OffsetDateTime lastCheckInAt, RiskLevel commune) {
    }

    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final HolderCheckIns checkIns;
    private final Venues venues;
    private final RiskLevels levels;
    private final AuditTrail audit;
    private final Clock clock;

    PersonRisk(IssuedQrs issuedQrs, PopulationRegistry registry, HolderCheckIns checkIns, Venues venues,
            RiskLevels levels, AuditTrail audit, Clock clock) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.checkIns = checkIns;
        this.venues = venues;
        this.levels = levels;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws vn.qrqg.identity.RegistryUnavailableException when the registry cannot answer
     */
    View of(Holder holder) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
        Optional<String> home = issuedQrs.documentNumberOf(holder.qid()).flatMap(registry::findByDocumentNumber)
                .map(RegisteredPerson::communeCode);
        Map<String, OwnCheckIn> visited = recentVenues(holder, now.minus(RECENT));
        Map<VenueCode, Venue> known = venues.findAll(visited.keySet().stream().map(VenueCode::new).toList());
        List<String> communes = Stream.concat(home.stream(), known.values().stream().map(Venue::communeCode))
                .filter(Objects::nonNull).toList();
        Map<String, RiskLevel> found = levels.ofCommunes(communes, today);
        RiskLevel homeLevel = home.map(found::get).orElse(null);
        List<Visited> items = new ArrayList<>();
        visited.forEach((code, last) -> {
            Venue venue = known.get(new VenueCode(code));
            items.add(new Visited(code, venue == null ? last.venueName() : venue.name(), last.occurredAt(),
                    venue == null ? null : found.get(venue.communeCode())));
        });
        audit.record(AuditEntry.of(holder.app(), null, PURPOSE, holder.qid(), null,
                homeLevel == null ? List.of() : List.of("home"), "READ"));
        return new View(today, homeLevel, items);
    }

    /** The newest check-in at each of the last {@value #MAX_VENUES} distinct venues since {@code from}, newest first. */
    private Map<String, OwnCheckIn> recentVenues(Holder holder, Instant from) {
        Map<String, OwnCheckIn> newest = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            OwnCheckInsPage checkInsPage = checkIns.mine(holder, String.valueOf(page), PAGE_SIZE);
            for (OwnCheckIn checkIn : checkInsPage.items()) {
                if (checkIn.occurredAt().toInstant().isBefore(from) || newest.size() == MAX_VENUES
                        && !newest.containsKey(checkIn.venueCode())) {
                    return newest;
                }
                newest.putIfAbsent(checkIn.venueCode(), checkIn);
            }
            if ((long) (page + 1) * checkInsPage.size() >= checkInsPage.total()) {
                return newest;
            }
        }
    }
}

package vn.qrqg.scanning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.scanning.internal.FlaggedClients;
import vn.qrqg.scanning.internal.HourlyPeopleCounter;

/**
 * Each scanner credential's hourly quota of distinct people (an oracle probing the registry, or a
 * leaked credential, scans many; a door scans few): venue scanners far fewer than officials.
 * Counted in this instance's memory ({@link HourlyPeopleCounter}), with no database round trip
 * per scan: the quota is per instance. The first refusal of a credential in an hour flags it for
 * operators ({@code scanning_flagged_client}). Thread-safe.
 */
@Service
class ScanQuotas {
    private static final Logger LOG = LoggerFactory.getLogger(ScanQuotas.class);

    private final HourlyPeopleCounter counter = new HourlyPeopleCounter();
    private final Map<String, Integer> limits = new ConcurrentHashMap<>();
    private final ScanningProperties properties;
    private final FlaggedClients flagged;
    private final Clock clock;

    ScanQuotas(ScanningProperties properties, FlaggedClients flagged, Clock clock) {
        this.properties = properties;
        this.flagged = flagged;
        this.clock = clock;
    }

    /**
     * Counts the people a scan or a batch is about to look up: a QID, a card's document number.
     * People counted this hour count no more.
     *
     * @throws ScanQuotaExceededException when those new this hour do not fit: none of them is counted
     */
    void charge(CallingClient client, Collection<String> people) {
        if (people.isEmpty()) {
            return;
        }
        int quota = quotaOf(client);
        HourlyPeopleCounter.Admission admission = counter.admit(client.clientId(), quota, people, clock.instant());
        if (admission.admitted()) {
            return;
        }
        if (admission.firstRefusal()) {
            flag(client, quota, admission);
        }
        throw new ScanQuotaExceededException(admission.retryAfter(), quota);
    }

    /** The credential's quota: a venue's scanner's, unless it scans as a health or police official. */
    int quotaOf(CallingClient client) {
        Integer limit = limits.get(client.clientId());
        if (limit != null) {
            return limit;
        }
        boolean official = !client.hasScope(Scopes.CHECKIN_VENUE)
                && (client.hasScope(Scopes.SCAN_HEALTH) || client.hasScope(Scopes.SCAN_POLICE));
        return official ? properties.officialPeoplePerHour() : properties.venuePeoplePerHour();
    }

    /** Sets one credential's quota, whatever its scopes: for tests, which share one application context. */
    void limit(String clientId, int peoplePerHour) {
        limits.put(clientId, peoplePerHour);
    }

    private void flag(CallingClient client, int quota, HourlyPeopleCounter.Admission admission) {
        LOG.warn("Scanner credential {} went past its quota of {} people this hour", client.clientId(), quota);
        try {
            flagged.flag(new FlaggedClients.Flagged(client.clientId(), client.appId(),
                    client.venueCode() == null ? null : client.venueCode().value(),
                    List.copyOf(new TreeSet<>(client.scopes())), admission.windowStart(), quota,
                    clock.instant()));
        } catch (RuntimeException e) {
            // the refusal stands whether or not operators could be told; the log says it
            LOG.error("Could not flag scanner credential {} for operators", client.clientId(), e);
        }
    }
}

package vn.qrqg.scanning;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scanning settings ({@code qrqg.scanning}).
 *
 * @param venueBaseUrls every public base URL the platform issued venue QRs under, so that a
 *        scanned venue URL is recognised as the platform's
 * @param trustListRefreshInterval how long scans verify against the signing keys this instance
 *        last read should a revocation's notification be lost (it applies at once otherwise). A key that signs new QRs is
 *        picked up at once (a scan signed by a key not in the list makes the instance look again)
 * @param lookupWorkers threads looking up concurrent scans' people in batches, each holding a
 *        database connection while it looks
 * @param lookupDelay how long a look-up worker that took a scan waits for more to look up with it
 * @param venuePeoplePerHour distinct people a venue's scanner (a token with {@code checkin:venue},
 *        or with {@code scan:venue} as its only scan scope) may scan in a clock hour, counted by each
 *        instance on its own; past it, scans of anyone else are refused (429) until the hour ends
 * @param officialPeoplePerHour the same for health and police officials' scanners ({@code
 *        scan:health}, {@code scan:police})
 * @param maxInProgress scans ({@code POST /api/v1/scans}) this instance handles at once; one more
 *        is answered 503 {@code busy} with {@code Retry-After: 1} at once ({@code ScanAdmission})
 */
@ConfigurationProperties("qrqg.scanning")
public record ScanningProperties(@DefaultValue("http://localhost:8080") List<String> venueBaseUrls,
        @DefaultValue("5s") Duration trustListRefreshInterval, @DefaultValue("1") int lookupWorkers,
        @DefaultValue("1ms") Duration lookupDelay, @DefaultValue("1000") int venuePeoplePerHour,
        @DefaultValue("20000") int officialPeoplePerHour, @DefaultValue("256") int maxInProgress) {

    public ScanningProperties {
        if (venueBaseUrls.isEmpty()) {
            throw new IllegalArgumentException("qrqg.scanning.venue-base-urls needs at least one URL");
        }
        if (trustListRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("qrqg.scanning.trust-list-refresh-interval cannot be negative");
        }
        if (lookupWorkers < 1) {
            throw new IllegalArgumentException("qrqg.scanning.lookup-workers must be at least 1");
        }
        if (lookupDelay.isNegative() || lookupDelay.compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new IllegalArgumentException("qrqg.scanning.lookup-delay must be zero or more, and under a second");
        }
        if (venuePeoplePerHour < 1 || officialPeoplePerHour < 1) {
            throw new IllegalArgumentException("qrqg.scanning.venue-people-per-hour and official-people-per-hour "
                    + "must be 1 or more");
        }
        if (maxInProgress < 1) {
            throw new IllegalArgumentException("qrqg.scanning.max-in-progress must be 1 or more");
        }
        venueBaseUrls = List.copyOf(venueBaseUrls);
    }
}

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
 *        last read: a revocation applies to scans within this time. A key that signs new QRs is
 *        picked up at once (a scan signed by a key not in the list makes the instance look again)
 */
@ConfigurationProperties("qrqg.scanning")
public record ScanningProperties(@DefaultValue("http://localhost:8080") List<String> venueBaseUrls,
        @DefaultValue("5s") Duration trustListRefreshInterval) {

    public ScanningProperties {
        if (venueBaseUrls.isEmpty()) {
            throw new IllegalArgumentException("qrqg.scanning.venue-base-urls needs at least one URL");
        }
        if (trustListRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("qrqg.scanning.trust-list-refresh-interval cannot be negative");
        }
        venueBaseUrls = List.copyOf(venueBaseUrls);
    }
}

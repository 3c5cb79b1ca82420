package vn.qrqg.scanning.internal;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.issuance.QrRevocationLists;
import vn.qrqg.issuance.SigningKeys;
import vn.qrqg.platform.database.Notifications;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.platform.batching.Batcher;
import vn.qrqg.scanning.ScanningProperties;

/** The classifier over the platform's keys, built once, and the look-ups of scanned people. */
@Configuration(proxyBeanMethods = false)
class ScanningConfiguration {
    /** Scans waiting for a look-up at most: the same bound as the audit's queue. */
    private static final int LOOKUP_QUEUE_CAPACITY = 20_000;
    private static final int LOOKUP_MAX_BATCH = 256;
    /** A scan waits this long for its person at most, then is answered 503. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    TrustedClassifier trustedClassifier(SigningKeys signingKeys, ScanningProperties scanning,
            Notifications notifications) {
        TrustedClassifier classifier = new TrustedClassifier(signingKeys::trustList, scanning.venueBaseUrls(),
                scanning.trustListRefreshInterval());
        notifications.subscribe(SigningKeys.CHANNEL, kid -> classifier.invalidate(), classifier::invalidate);
        return classifier;
    }

    @Bean
    PeopleInBulk peopleInBulk(IssuedQrs issuedQrs, PopulationRegistry registry, TrustedClassifier classifier,
            QrRevocationLists revocationLists) {
        return new PeopleInBulk(issuedQrs, registry, classifier, revocationLists);
    }

    /** Closed on shutdown after the web server stopped taking scans: those queued are answered. */
    @Bean(destroyMethod = "close")
    ScanLookups scanLookups(PeopleInBulk people, HealthRecords healthRecords, InsuranceChecks insurance,
            ScanningProperties scanning) {
        return new ScanLookups(people, healthRecords, insurance, new Batcher.Settings(LOOKUP_QUEUE_CAPACITY, LOOKUP_MAX_BATCH,
                scanning.lookupWorkers(), scanning.lookupDelay(), LOOKUP_TIMEOUT));
    }
}

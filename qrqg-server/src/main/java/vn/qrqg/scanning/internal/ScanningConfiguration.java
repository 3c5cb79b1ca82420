package vn.qrqg.scanning.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.issuance.SigningKeys;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.scanning.ScanningProperties;

/** The classifier over the platform's keys, built once, and the look-up of scanned people. */
@Configuration(proxyBeanMethods = false)
class ScanningConfiguration {

    @Bean
    TrustedClassifier trustedClassifier(SigningKeys signingKeys, ScanningProperties scanning) {
        return new TrustedClassifier(signingKeys::trustList, scanning.venueBaseUrls(),
                scanning.trustListRefreshInterval());
    }

    @Bean
    ScannedPeople scannedPeople(IssuedQrs issuedQrs, PopulationRegistry registry) {
        return new ScannedPeople(issuedQrs, registry);
    }

    @Bean
    PeopleInBulk peopleInBulk(IssuedQrs issuedQrs, PopulationRegistry registry) {
        return new PeopleInBulk(issuedQrs, registry);
    }
}

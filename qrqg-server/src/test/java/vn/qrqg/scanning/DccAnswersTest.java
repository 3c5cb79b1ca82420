package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.scan.ScanKind;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.DccVerifier;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.passports.DccTestCertificates;
import vn.qrqg.passports.DccVerified;

/** What a scanner is told of an EU DCC, by scope and by what its verification found. */
class DccAnswersTest {
    private static final DccSigningKey SIGNER = DccTestCertificates.newSigner("DCC answers test DSC");
    private static final Instant NOW = Instant.now();
    private static final DccVerified.Trust FOREIGN_DE = new DccVerified.Trust(DccVerified.Source.FOREIGN, "DE");

    @Test
    void theAuditedFieldsAreExactlyTheViewsComponents() {
        assertThat(DccAnswers.VENUE_FIELDS).isEqualTo(components(DccVenueView.class));
        assertThat(DccAnswers.HEALTH_FIELDS).isEqualTo(components(DccHealthView.class));
        assertThat(DccAnswers.POLICE_FIELDS).isEqualTo(components(DccPoliceView.class));
    }

    @Test
    void aHealthWorkerSeesTheDoseByTheProductsNameWithWhoVouchedForIt() {
        ScanAnswer answer = DccAnswers.of(verified(DccTestCertificates.vaccination(SIGNER, "DE", NOW), null), ScanScope.HEALTH);
        assertThat(answer.outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(answer.format()).isEqualTo(ScanKind.DCC);
        assertThat(answer.field()).isNull();
        assertThat(answer.reason()).isNull();
        DccHealthView view = (DccHealthView) answer.dcc();
        assertThat(view.familyName()).isEqualTo("Mustermann");
        assertThat(view.standardisedName()).isEqualTo("MUSTERMANN<<ERIKA");
        assertThat(view.dateOfBirth()).isEqualTo("1964-08-12");
        assertThat(view.type()).isEqualTo("VACCINATION");
        assertThat(view.vaccination()).isEqualTo(new DccHealthView.Vaccination("COVID-19", "SARS-CoV-2 mRNA vaccine",
                "Comirnaty", "Biontech Manufacturing GmbH", 2, 2, "2021-06-01", "DE"));
        assertThat(view.test()).isNull();
        assertThat(view.issuingCountry()).isEqualTo("DE");
        assertThat(view.trust()).isEqualTo(new DccTrustView("FOREIGN", "DE"));
        assertThat(view.validity().valid()).isTrue();
        assertThat(view.validity().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aTestShowsItsTypeAndResultByName() {
        DccHealthView view = (DccHealthView) DccAnswers.of(verified(DccTestCertificates.test(SIGNER, "DE", NOW), null),
                ScanScope.HEALTH).dcc();
        assertThat(view.type()).isEqualTo("TEST");
        assertThat(view.vaccination()).isNull();
        assertThat(view.test().result()).isEqualTo("Not detected");
        assertThat(view.test().type()).isEqualTo("Nucleic acid amplification with probe detection");
        assertThat(view.test().centre()).isEqualTo("Testzentrum Köln");
    }

    @Test
    void aVenueSeesAShortNameTheBirthYearAndWhetherItIsValidOnly() {
        DccScanView view = DccAnswers.of(verified(DccTestCertificates.vaccination(SIGNER, "DE", NOW), null),
                ScanScope.VENUE).dcc();
        assertThat(view).isInstanceOf(DccVenueView.class);
        DccVenueView venue = (DccVenueView) view;
        assertThat(venue.shortName()).isEqualTo("Mustermann E.");
        assertThat(venue.birthYear()).isEqualTo(1964);
        assertThat(venue.validity().valid()).isTrue();
    }

    @Test
    void thePoliceSeeTheIdentityButNotWhatItCertifies() {
        DccPoliceView view = (DccPoliceView) DccAnswers.of(verified(DccTestCertificates.test(SIGNER, "DE", NOW), null),
                ScanScope.POLICE).dcc();
        assertThat(view.uvci()).startsWith("URN:UVCI:01:DE:PCR");
        assertThat(view.dateOfBirth()).isEqualTo("1964-08-12");
        assertThat(components(DccPoliceView.class)).doesNotContain("type", "vaccination", "test", "recovery");
    }

    @Test
    void aRevokedCertificateIsRevokedAndSaysWhen() {
        Instant revokedAt = NOW.minus(Duration.ofHours(2));
        ScanAnswer answer = DccAnswers.of(verified(DccTestCertificates.vaccination(SIGNER, "VN", NOW), revokedAt),
                ScanScope.POLICE);
        assertThat(answer.outcome()).isEqualTo(ScanOutcome.REVOKED);
        assertThat(answer.field()).isEqualTo("revocation");
        assertThat(answer.reason()).isEqualTo("revoked by its issuer at " + revokedAt);
        assertThat(((DccPoliceView) answer.dcc()).validity()).satisfies(validity -> {
            assertThat(validity.valid()).isFalse();
            assertThat(validity.revokedAt()).isEqualTo(revokedAt);
        });
    }

    @Test
    void anExpiredCertificateIsExpiredAndStillShowsWhoseItIs() {
        Instant issued = NOW.minus(Duration.ofDays(400));
        ScanAnswer answer = DccAnswers.of(verified(DccTestCertificates.vaccination(SIGNER, "DE", issued), null, NOW),
                ScanScope.HEALTH);
        assertThat(answer.outcome()).isEqualTo(ScanOutcome.EXPIRED);
        assertThat(answer.field()).isEqualTo("expiry");
        assertThat(answer.reason()).startsWith("expired at ");
        assertThat(((DccHealthView) answer.dcc()).familyName()).isEqualTo("Mustermann");
    }

    @Test
    void anUnknownSignerShowsNothingOfWhatTheTextSays() {
        DccSigningKey stranger = DccTestCertificates.newSigner("Not listed");
        DccVerified verified = new DccVerified(new DccVerifier(SignerCertificates.of(List.of(SIGNER.certificate())))
                .verify(DccTestCertificates.vaccination(stranger, "DE", NOW), NOW), NOW, null, null);
        ScanAnswer answer = DccAnswers.of(verified, ScanScope.HEALTH);
        assertThat(answer.outcome()).isEqualTo(ScanOutcome.UNKNOWN_KEY);
        assertThat(answer.field()).isEqualTo("signature");
        assertThat(answer.reason()).isEqualTo("signed by a signer that no trust list of the platform holds");
        assertThat(answer.dcc()).isNull();
    }

    @Test
    void aBrokenTextNamesTheStepItFailed() {
        String text = DccTestCertificates.vaccination(SIGNER, "DE", NOW);
        ScanAnswer answer = DccAnswers.of(verified(text.substring(0, text.length() - 5) + "!!!!!", null), ScanScope.VENUE);
        assertThat(answer.outcome()).isEqualTo(ScanOutcome.MALFORMED);
        assertThat(answer.field()).isEqualTo("base45");
        assertThat(answer.dcc()).isNull();
    }

    private static DccVerified verified(String text, Instant revokedAt) {
        return verified(text, revokedAt, NOW);
    }

    private static DccVerified verified(String text, Instant revokedAt, Instant at) {
        return new DccVerified(new DccVerifier(SignerCertificates.of(List.of(SIGNER.certificate()))).verify(text, at), at,
                revokedAt, FOREIGN_DE);
    }

    private static List<String> components(Class<? extends Record> view) {
        return Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}

package vn.qrqg.insurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.insurance.InsuranceRegistry;
import vn.qrqg.insurance.TestInsurance;
import vn.qrqg.platform.PlatformTestSupport;

/** The reference social-insurance database: its sample cards for the synthetic population, and CSV imports. */
class InsuranceReferenceIT extends PlatformTestSupport {

    @Autowired
    InsuranceSeeding seeding;

    @Autowired
    SyntheticPeople people;

    @Autowired
    InsuranceRegistry insurance;

    @Test
    void theSyntheticPopulationIsInsuredMostAdultsAndEveryChildUnderSix() throws Exception {
        seeding.completion().get(5, TimeUnit.MINUTES);
        LocalDate today = LocalDate.now(InsuranceChecks.VIETNAM);
        List<RegisteredPerson> sample = people.first(3_000).toList();
        long insured = 0;
        long expired = 0;
        for (RegisteredPerson person : sample) {
            boolean child = LocalDate.of(person.birthDate().year(), Math.max(person.birthDate().month(), 1),
                    Math.max(person.birthDate().day(), 1)).plusYears(6).isAfter(today);
            boolean valid = insurance.validCardOf(person.documentNumber(), today).isPresent();
            if (child) {
                assertThat(valid).as("a child under six is insured").isTrue();
            }
            if (person.insuranceNumber() != null) {
                InsuranceCard card = insurance.findByNumber(person.insuranceNumber()).orElseThrow();
                assertThat(card.documentNumber()).isEqualTo(person.documentNumber());
                expired += card.validOn(today) ? 0 : 1;
            }
            insured += valid ? 1 : 0;
        }
        assertThat((double) insured / sample.size()).as("insured today").isBetween(0.80, 0.95);
        assertThat(expired).as("cards to renew, to scan as expired").isPositive();
        // README's seeded citizen asks for her card at issuance
        assertThat(insurance.validCardOf("001160485640", today)).isPresent();
    }

    @Test
    void anImportLoadsGoodRowsReplacesARenewedCardAndNamesTheBadOnesByLineAndColumn() throws Exception {
        String number = TestInsurance.randomNumber();
        HttpResponse<String> first = TestInsurance.importCsv(port, """
                card_number,document_number,valid_from,valid_to
                %s,001193029317,2025-01-01,2025-12-31
                dn4017915019812,001193029317,2025-01-01,2025-12-31
                DN4017915019899,1193029317,2025-01-01,2025-12-31
                DN4017915019898,001193029317,2025-12-31,2025-01-01
                DN4017915019897,001193029317,31/12/2025,2026-01-01
                DN4017915019896,001193029317
                DN40179"15019895,001193029317,2025-01-01,2025-12-31
                %s,001193029317,2025-01-01,2025-12-31
                """.formatted(number, TestInsurance.randomNumber()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode report = TestClients.json(first.body());
        assertThat(report.path("imported").asLong()).as("the row after a malformed one too").isEqualTo(2);
        assertThat(report.path("rejectedCount").asLong()).isEqualTo(6);
        assertThat(report.path("rejected").valueStream().map(r -> r.path("line").asLong() + " " + r.path("reason").asString()))
                .containsExactly("3 card_number must be 2 capital letters, then 13 digits",
                        "4 document_number must be a 12-digit CCCD or a 9-digit CMND number",
                        "5 valid_to is before valid_from",
                        "6 valid_from and valid_to must be dates, YYYY-MM-DD",
                        "7 the row has 2 fields but the header has 4",
                        "8 a quote inside a field that does not start with one");
        assertThat(first.body()).doesNotContain("1193029317,");

        TestInsurance.card(port, number, "001193029317", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(insurance.findByNumber(number).orElseThrow().validTo()).as("renewed").isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() throws Exception {
        HttpResponse<String> refused = TestInsurance.importCsv(port, "card_number,person\nDN4017915019812,001193029317\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(TestClients.json(refused.body()).path("detail").asString())
                .contains("the header lacks the columns document_number, valid_from, valid_to");
    }
}

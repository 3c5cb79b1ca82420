package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.identity.TestPeople.Person;

/**
 * Every branch of the national default (Khánh Hòa's rules) at its exact boundary, as a venue scan
 * shows it, with the platform's clock stopped at the instant: days are calendar days in Vietnam,
 * hours are counted to the instant.
 */
class CovidCardBoundariesIT extends HealthTestSupport {
    private String venue;

    @BeforeEach
    void scannerAndPushTime() throws Exception {
        venue = tokenOfCertifiedApp(Scopes.SCAN_VENUE);
        clock.set(vietnam("2022-06-01T12:00:00")); // records are pushed after they happened
    }

    @Test
    void twoDosesAreGreenFromTheFourteenthDayAfterTheSecond() throws Exception {
        Person person = somebody(1921);
        pushed(VACCINATIONS, vaccination(person, "2021-08-01", 1, "EU/1/21/1529"));
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 2, "EU/1/21/1529"));
        JsonNode day13 = cardAt(person, "2021-09-14T23:59:59");
        assertThat(day13.path("colour").asString()).isEqualTo("YELLOW"); // the first dose is old enough
        assertThat(day13.path("validUntil").asString()).isEqualTo("2021-09-14T23:59:59+07:00");
        JsonNode day14 = cardAt(person, "2021-09-15T00:00:00");
        assertThat(day14.path("colour").asString()).isEqualTo("GREEN");
        assertThat(day14.path("validUntil").isNull()).isTrue();
        assertThat(day14.path("reason").asString()).isEqualTo("the national default (Khánh Hòa's rules), rule 1 "
                + "(fully vaccinated): 2 doses, the last EU/1/21/1529 on 2021-09-01, 14 days ago (14 or more needed)");
    }

    @Test
    void oneDoseOfASingleDoseVaccineIsGreenFromTheFourteenthDay() throws Exception {
        Person person = somebody(1922);
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "EU/1/20/1525"));
        assertThat(cardAt(person, "2021-09-14T23:59:59").path("colour").asString()).isEqualTo("RED");
        assertThat(cardAt(person, "2021-09-15T00:00:00").path("colour").asString()).isEqualTo("GREEN");
    }

    @Test
    void aFirstDoseIsYellowFromTheFourteenthDay() throws Exception {
        Person person = somebody(1923);
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "BBIBP-CorV"));
        JsonNode day13 = cardAt(person, "2021-09-14T23:59:59");
        assertThat(day13.path("colour").asString()).isEqualTo("RED");
        assertThat(day13.path("validUntil").asString()).isEqualTo("2021-09-14T23:59:59+07:00");
        JsonNode day14 = cardAt(person, "2021-09-15T00:00:00");
        assertThat(day14.path("colour").asString()).isEqualTo("YELLOW");
        assertThat(day14.path("reason").asString()).contains("rule 4 (first dose): 1 dose, the last BBIBP-CorV");
    }

    @Test
    void aRecoveryIsGreenThroughItsHundredAndEightiethDayAndRedOnTheNext() throws Exception {
        Person person = somebody(1924);
        pushed(RECOVERIES, recovery(person, "2021-08-18", "2021-09-01T23:30:00+07:00"));
        JsonNode day180 = cardAt(person, "2022-02-28T23:59:59");
        assertThat(day180.path("colour").asString()).isEqualTo("GREEN");
        assertThat(day180.path("validUntil").asString()).isEqualTo("2022-02-28T23:59:59+07:00");
        assertThat(day180.path("reason").asString()).contains("recovered on 2021-09-01, 180 days ago (within 180)");
        assertThat(cardAt(person, "2022-03-01T00:00:00").path("colour").asString()).isEqualTo("RED");
    }

    @Test
    void aNegativePcrTestIsYellowForSeventyTwoHoursAndNotASecondMore() throws Exception {
        Person person = somebody(1925);
        Instant sampled = vietnam("2021-09-01T08:30:00");
        pushed(TESTS, test(person, "PCR", sampled, "NEGATIVE"));
        JsonNode at72 = cardAt(person, sampled.plus(Duration.ofHours(72)));
        assertThat(at72.path("colour").asString()).isEqualTo("YELLOW");
        assertThat(at72.path("validUntil").asString()).isEqualTo("2021-09-04T08:30:00+07:00");
        assertThat(cardAt(person, sampled.plus(Duration.ofHours(72)).plusSeconds(1)).path("colour").asString())
                .isEqualTo("RED");
        assertThat(cardAt(person, sampled.plus(Duration.ofHours(73))).path("colour").asString()).isEqualTo("RED");
    }

    @Test
    void aNegativeRapidAntigenTestOrAPositiveOneLeavesEveryoneElseRed() throws Exception {
        Person person = somebody(1926);
        Instant sampled = vietnam("2021-09-01T08:30:00");
        pushed(TESTS, test(person, "RAPID_ANTIGEN", sampled, "NEGATIVE"));
        pushed(TESTS, test(person, "PCR", sampled.plusSeconds(600), "POSITIVE"));
        JsonNode card = cardAt(person, sampled.plus(Duration.ofHours(2)));
        assertThat(card.path("colour").asString()).isEqualTo("RED");
        assertThat(card.path("reason").asString()).contains("rule 6 (everyone else)")
                .contains("last test: positive PCR test sampled 2021-09-01 08:40");
    }

    @Test
    void someoneWithoutRecordsIsRedForGood() throws Exception {
        JsonNode card = cardAt(somebody(1927), "2021-09-01T00:00:00");
        assertThat(card.path("colour").asString()).isEqualTo("RED");
        assertThat(card.path("validUntil").isNull()).isTrue();
        assertThat(card.path("reason").asString()).endsWith("records: no dose; no recovery; no test");
    }

    @Test
    void aThreeYearOldWithoutAnyDoseIsGreenUnderTheAgeRuleUntilTheir12thBirthday() throws Exception {
        Person child = somebody(2018); // born 2018-03-04
        JsonNode card = cardAt(child, "2021-09-20T10:00:00");
        assertThat(card.path("colour").asString()).isEqualTo("GREEN");
        assertThat(card.path("reason").asString()).isEqualTo("the national default (Khánh Hòa's rules), rule 3 "
                + "(under 12: not eligible for vaccination, follows the adults with them): 3 years old (under 12)");
        assertThat(card.path("validUntil").asString()).isEqualTo("2030-03-03T23:59:59+07:00");
        assertThat(cardAt(child, "2030-03-04T00:00:00").path("colour").asString()).isEqualTo("RED");
    }

    private JsonNode cardAt(Person person, String vietnamTime) throws Exception {
        return cardAt(person, vietnam(vietnamTime));
    }

    private JsonNode cardAt(Person person, Instant at) throws Exception {
        clock.set(at);
        return scannedCard(venue, person).path("covidCard");
    }
}

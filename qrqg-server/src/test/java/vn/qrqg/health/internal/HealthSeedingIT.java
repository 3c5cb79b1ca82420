package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCards;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.platform.PlatformTestSupport;

/** The reference records of the synthetic population, seeded in the background of the shared context. */
class HealthSeedingIT extends PlatformTestSupport {

    @Autowired
    HealthSeeding seeding;

    @Autowired
    SyntheticPeople people;

    @Autowired
    CovidCards cards;

    @Autowired
    HealthRecordStore store;

    @Autowired
    HealthDataKey key;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVenueScanningSeededPeopleSeesEveryColourWithItsReason() throws Exception {
        assertThat(seeding.completion().get(10, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(0L);
        Map<CardColour, RegisteredPerson> byColour = new EnumMap<>(CardColour.class);
        // people of the national default's provinces: other tests give a few provinces rules of their own
        List<String> ownRules = List.of("48", "91", "92", "96");
        people.first(600).filter(person -> person.birthDate().month() != 0 && person.birthDate().day() != 0)
                .filter(person -> !ownRules.contains(cards.residenceProvince(person).orElse("")))
                .forEach(person -> byColour.putIfAbsent(cards.evaluate(person, null).colour(), person));
        assertThat(byColour).containsKeys(CardColour.GREEN, CardColour.YELLOW, CardColour.RED);

        String venue = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        for (CardColour colour : List.of(CardColour.GREEN, CardColour.YELLOW, CardColour.RED)) {
            JsonNode card = scan(venue, byColour.get(colour)).path("person").path("covidCard");
            assertThat(card.path("colour").asString()).isEqualTo(colour.name());
            assertThat(card.path("reason").asString()).contains("rule");
        }
    }

    @Test
    void everySeededPersonsCoverageFactsAreWhatTheirRecordsSay() throws Exception {
        assertThat(seeding.completion().get(10, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(0L);
        List<RegisteredPerson> seeded = people.first(300).toList();
        int vaccinated = 0;
        for (RegisteredPerson person : seeded) {
            Optional<VaccinationStatuses.Status> expected = VaccinationStatuses.Status.of(person,
                    store.recordsOf(person.documentNumber()).vaccinations());
            Optional<VaccinationStatuses.Status> kept = jdbc.sql("""
                            select commune_code, birth_year, first_dose_on, completed_on
                            from health_vaccination_status where person_key = :key""")
                    .param("key", key.personKey(person.documentNumber()))
                    .query((row, i) -> new VaccinationStatuses.Status(row.getString("commune_code"),
                            row.getInt("birth_year"), row.getDate("first_dose_on").toLocalDate(),
                            row.getDate("completed_on") == null ? null : row.getDate("completed_on").toLocalDate()))
                    .optional();
            assertThat(kept).as(person.documentNumber()).isEqualTo(expected);
            vaccinated += expected.isPresent() ? 1 : 0;
        }
        assertThat(vaccinated).as("most, not all, are vaccinated").isBetween(150, 299);
    }

    /** A scan of the person's CCCD card. */
    private JsonNode scan(String token, RegisteredPerson person) throws Exception {
        String text = person.documentNumber() + "||" + person.fullName() + "|"
                + String.format("%02d%02d%04d", person.birthDate().day(), person.birthDate().month(), person.birthDate().year())
                + "|" + (person.gender() == Gender.FEMALE ? "Nữ" : "Nam") + "|Hà Nội|10072025";
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans", token,
                HealthJson.MAPPER.writeValueAsString(Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }
}

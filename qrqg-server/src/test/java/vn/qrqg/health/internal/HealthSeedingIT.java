package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;

class SeedRecordsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");
    private static final VaccineProducts PRODUCTS = VaccineProducts.load();
    private final SeedRecords seed = new SeedRecords();

    @Test
    void theSameIndexGivesTheSameRecordsRelativeToTheSameInstant() {
        for (int index = 0; index < 200; index++) {
            assertThat(seed.of(index, person(index), NOW, "site", "lab"))
                    .isEqualTo(seed.of(index, person(index), NOW, "site", "lab"));
        }
    }

    @Test
    void aNewcomerFindsEveryColourAndMostAdultsFullyVaccinated() {
        Map<CardColour, Integer> colours = new EnumMap<>(CardColour.class);
        int adults = 0;
        int twoDoses = 0;
        CardEngine engine = new CardEngine();
        RuleTimeline rules = RuleTimeline.always(HealthConfiguration.nationalDefault(), "the default");
        for (int index = 0; index < 2000; index++) {
            RegisteredPerson person = person(index);
            PersonHealthRecords records = records(seed.of(index, person, NOW, "site", "lab"));
            colours.merge(engine.evaluate(rules, records, NOW).colour(), 1, Integer::sum);
            if (2026 - person.birthDate().year() >= 18) {
                adults++;
                twoDoses += records.vaccinations().size() >= 2 ? 1 : 0;
            }
        }
        assertThat(colours.keySet()).contains(CardColour.GREEN, CardColour.YELLOW, CardColour.RED);
        assertThat(colours.get(CardColour.GREEN)).isGreaterThan(colours.get(CardColour.RED));
        assertThat(twoDoses).isBetween(adults * 65 / 100, adults * 85 / 100);
    }

    @Test
    void sourceIdsNameTheIndexNeverThePerson() {
        assertThat(seed.of(7, person(7), NOW, "site", "lab")).allSatisfy(seeded -> assertThat(seeded.sourceId())
                .startsWith("seed:7:").doesNotContain(person(7).documentNumber()));
    }

    private static RegisteredPerson person(int index) {
        return new RegisteredPerson(String.format("0012%08d", index), null, "Nguyễn Văn A",
                new BirthDate(1930 + index % 95, 1, 1), Gender.MALE, null, null, null, null, null);
    }

    private static PersonHealthRecords records(List<SeedRecords.Seeded> seeded) {
        return HealthRecordStore.viewUnsaved(seeded.stream().map(SeedRecords.Seeded::content).toList(), PRODUCTS);
    }
}

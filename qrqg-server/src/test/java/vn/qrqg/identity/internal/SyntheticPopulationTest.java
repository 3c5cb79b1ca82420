package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.identity.RegisteredPerson;

class SyntheticPopulationTest {
    private static final AdministrativeUnits UNITS = AdministrativeUnits.load();
    private static final int SIZE = 100_000;
    private static List<RegisteredPerson> people;

    @BeforeAll
    static void generate() {
        people = generate(SyntheticPopulation.SEED, SIZE);
    }

    @Test
    void theSameSeedGivesTheSamePeopleInTheSameOrder() {
        assertThat(generate(SyntheticPopulation.SEED, 1000)).isEqualTo(people.subList(0, 1000));
        assertThat(generate(SyntheticPopulation.SEED + 1, 10)).doesNotContainAnyElementsOf(people.subList(0, 10));
    }

    /** The README's sample citizen and dependant: a newcomer declares them in the portal. */
    @Test
    void theReadmesSamplePeopleAreTheFirstAndEleventhSyntheticPeople() {
        RegisteredPerson first = people.get(0);
        assertThat(List.of(first.documentNumber(), first.fullName(), first.birthDate().toString(), first.phone()))
                .containsExactly("001160485640", "Nguyễn Thu Mai", "1960-01-03", "0791283527");
        assertThat(first.gender()).isEqualTo(Gender.FEMALE);
        RegisteredPerson child = people.get(10);
        assertThat(List.of(child.documentNumber(), child.fullName(), child.birthDate().toString()))
                .containsExactly("033323884467", "Nguyễn Khánh Ngân", "2023-12-27");
        assertThat(child.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void everyCccdIsValidAndConsistentWithBirthDateGenderAndTheProvinceOfBirth() {
        Set<String> provincesOfBirth = new HashSet<>();
        UNITS.provincesOfBirth().forEach(p -> provincesOfBirth.add("0" + p.code()));
        for (RegisteredPerson person : people) {
            DocumentNumber cccd = DocumentNumber.parse(person.documentNumber());
            assertThat(cccd.kind()).isEqualTo(DocumentKind.CCCD);
            cccd.checkConsistentWith(person.birthDate(), person.gender(), DocumentNumber.FIELD);
            assertThat(CccdNumber.decode(person.documentNumber(), "SoGiayTo").provinceCode()).isIn(provincesOfBirth);
        }
    }

    @Test
    void documentAndInsuranceNumbersAreUnique() {
        assertThat(people.stream().map(RegisteredPerson::documentNumber).distinct().count()).isEqualTo(SIZE);
        List<String> cmnds = people.stream().map(RegisteredPerson::oldDocumentNumber).filter(n -> n != null).toList();
        assertThat(new HashSet<>(cmnds)).hasSameSizeAs(cmnds);
        cmnds.forEach(n -> assertThat(DocumentNumber.parse(n).kind()).isEqualTo(DocumentKind.CMND));
        List<String> insurance = people.stream().map(RegisteredPerson::insuranceNumber).filter(n -> n != null).toList();
        assertThat(new HashSet<>(insurance.stream().map(n -> n.substring(5)).toList())).hasSameSizeAs(insurance);
    }

    @Test
    void everyPersonPassesTheImportChecks() {
        ImportColumns all = ImportColumns.fromHeader(Stream.of(ImportColumns.Column.values()).map(ImportColumns.Column::header).toList());
        ImportRows rows = new ImportRows(UNITS);
        for (RegisteredPerson person : people) {
            List<String> fields = new ArrayList<>();
            Stream.of(person.documentNumber(), person.fullName(), person.birthDate().toString(),
                            String.valueOf(person.gender().code()), person.oldDocumentNumber(), person.phone(),
                            person.insuranceNumber(), person.communeCode(), person.address(),
                            person.householdId())
                    .forEach(v -> fields.add(v == null ? "" : v));
            assertThat(rows.toPerson(all, fields)).isEqualTo(person);
        }
    }

    @Test
    void surnamesFollowTheirKnownShares() {
        assertThat(share(p -> p.fullName().startsWith("Nguyễn "))).isBetween(0.35, 0.41);
        assertThat(share(p -> p.fullName().startsWith("Trần "))).isBetween(0.09, 0.13);
        assertThat(share(p -> p.fullName().startsWith("Lê "))).isBetween(0.08, 0.11);
        assertThat(share(p -> p.fullName().startsWith("Phạm "))).isBetween(0.06, 0.08);
        assertThat(share(p -> p.fullName().startsWith("Hoàng ") || p.fullName().startsWith("Huỳnh "))).isBetween(0.04, 0.06);
        assertThat(share(p -> p.fullName().matches("\\S+ Thị .*"))).as("Thị, a woman's middle name").isBetween(0.15, 0.30);
        assertThat(people).noneMatch(p -> p.gender() == Gender.MALE && p.fullName().contains(" Thị "));
    }

    @Test
    void sharesOfOldCmndsYearOnlyBirthDatesGendersAndAgesAreRealistic() {
        assertThat(share(p -> p.oldDocumentNumber() != null)).isBetween(0.085, 0.115);
        assertThat(share(p -> p.birthDate().month() == 0 && p.birthDate().day() == 0)).isBetween(0.04, 0.06);
        assertThat(share(p -> p.gender() == Gender.MALE)).isBetween(0.49, 0.51);
        assertThat(people).allMatch(p -> p.birthDate().year() >= 1929 && p.birthDate().year() <= 2025);
        assertThat(share(p -> p.birthDate().year() >= 2011)).as("children under 15").isBetween(0.2, 0.3);
        assertThat(people).filteredOn(p -> p.birthDate().year() > 2010).allMatch(p -> p.phone() == null);
        assertThat(share(p -> p.documentNumber().startsWith("001") || p.documentNumber().startsWith("079")))
                .as("born in Hà Nội or Hồ Chí Minh City").isBetween(0.15, 0.20);
    }

    @Test
    void contactsInsuranceAndAddressesHaveTheirFormatsAndRealCommunes() {
        Pattern mobile = Pattern.compile("0(3[2-9]|5[689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}");
        Pattern insurance = Pattern.compile("(TE|HS|SV|GD|DN|HC|HN|CN|HT|CC)[1-4][0-9]{12}");
        for (RegisteredPerson person : people) {
            assertThat(person.phone() == null || mobile.matcher(person.phone()).matches()).as(person.phone()).isTrue();
            assertThat(person.insuranceNumber() == null || insurance.matcher(person.insuranceNumber()).matches()).isTrue();
            AdministrativeUnits.Commune commune = UNITS.commune(person.communeCode());
            assertThat(person.address()).endsWith(commune.fullName() + ", " + commune.province().fullName());
        }
        assertThat(people).filteredOn(p -> p.birthDate().year() > 2020 && p.insuranceNumber() != null)
                .allMatch(p -> p.insuranceNumber().startsWith("TE1"));
        assertThat(share(p -> p.insuranceNumber() != null)).isBetween(0.89, 0.93);
    }

    private static double share(java.util.function.Predicate<RegisteredPerson> test) {
        return people.stream().filter(test).count() / (double) SIZE;
    }

    private static List<RegisteredPerson> generate(long seed, int count) {
        SyntheticPopulation population = new SyntheticPopulation(UNITS, seed);
        List<RegisteredPerson> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(population.next());
        }
        return out;
    }
}
